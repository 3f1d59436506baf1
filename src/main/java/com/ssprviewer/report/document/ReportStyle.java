package com.ssprviewer.report.document;

import java.awt.Color;

/**
 * The report's colours and type sizes in one place, so every section looks like part of the same document:
 * portal-blue accents on white, dark text, quiet grey rules.
 */
final class ReportStyle {

    static final Color ACCENT = new Color(0x0078D4);
    static final Color TEXT = new Color(0x201F1E);
    static final Color MUTED = new Color(0x605E5C);
    static final Color RULE = new Color(0xC8C6C4);
    static final Color HEADER_FILL = new Color(0xE6F0FA);
    static final Color ZEBRA_FILL = new Color(0xF0F4F9);
    static final Color TILE_FILL = new Color(0xFAFAFA);

    /** Chart series colours, in order; portal colours that stay apart in greyscale print too. */
    static final Color[] PALETTE = {
        new Color(0x0078D4), new Color(0x107C10), new Color(0xD13438), new Color(0xFFB900),
        new Color(0x8764B8), new Color(0x00B7C3), new Color(0xCA5010), new Color(0x8A8886),
        new Color(0x004E8C), new Color(0xE3008C),
    };

    static final float TITLE_SIZE = 18f;
    static final float HEADER_LINE_SIZE = 9f;
    static final float SECTION_TITLE_SIZE = 11f;
    static final float BODY_SIZE = 8.5f;
    static final float TABLE_SIZE = 8f;
    static final float TABLE_MIN_SIZE = 6.5f;
    static final float TABLE_LEADING = 10f;
    static final float FOOTER_SIZE = 7.5f;
    static final float RUNNING_TITLE_SIZE = 9f;

    static final float SECTION_GAP = 14f;
    static final float FOOTER_BAND = 18f;

    private ReportStyle() {
    }

    static Color palette(int index) {
        return PALETTE[index % PALETTE.length];
    }

    /** A chart part's own colour when it has one, else the palette's colour of its place. */
    static Color colourOf(Color own, int index) {
        return own != null ? own : palette(index);
    }

    /** Distance from the top of a line box to the text baseline, for DejaVu Sans at {@code size}. */
    static float baselineOffset(float size, float leading) {
        return (leading - size) / 2f + size * 0.8f;
    }
}
