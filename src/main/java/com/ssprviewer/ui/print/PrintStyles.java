package com.ssprviewer.ui.print;

/** The style class names of the print preview and print dialog in {@code app.css}. */
final class PrintStyles {
    static final String PREVIEW = "print-preview";
    static final String TOOLBAR = "print-toolbar";
    static final String TOOL_GROUP = "print-tool-group";
    static final String TOOL_LABEL = "print-tool-label";
    static final String SEGMENT = "print-segment";
    static final String PAGES = "print-pages";
    static final String PAGE_CELL = "print-page-cell";
    static final String SHEET = "print-sheet";
    static final String SHEET_HINT = "print-sheet-hint";
    static final String PAGE_COUNT = "print-page-count";
    static final String FOOTER = "print-footer";
    static final String OVERLAY = "print-overlay";
    static final String DIALOG = "print-dialog";
    static final String DIALOG_TITLE = "print-dialog-title";
    static final String DIALOG_BUTTONS = "print-dialog-buttons";

    private PrintStyles() {
    }
}
