package com.ssprviewer.ui.imports;

/** Style class names of the import views in {@code app.css}. */
final class ImportStyles {
    static final String SUMMARY = "import-summary";
    static final String TILES = "summary-tiles";
    static final String TILE = "summary-tile";
    static final String TILE_VALUE = "summary-tile-value";
    static final String CARD = "import-card";
    static final String CARD_HEADER = "import-card-header";
    static final String CARD_TITLE = "import-card-title";
    static final String COUNTS = "import-counts";
    static final String SECTION = "section-caption";
    static final String REJECTED_LIST = "rejected-list";
    static final String BADGE = "badge";
    static final String BADGE_OK = "badge-ok";
    static final String BADGE_WARN = "badge-warn";
    static final String BADGE_BAD = "badge-bad";
    static final String TOOLBAR = "blade-toolbar";

    private ImportStyles() {
    }
}
