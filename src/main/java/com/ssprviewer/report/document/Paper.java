package com.ssprviewer.report.document;

/**
 * The paper sizes a report can be laid out for, with their sizes in PDF points (1/72 inch), portrait.
 */
public enum Paper {
    /** ISO A4, 210 x 297 mm. */
    A4(595.2756f, 841.8898f),
    /** US Letter, 8.5 x 11 inches. */
    LETTER(612f, 792f);

    private final float widthPt;
    private final float heightPt;

    Paper(float widthPt, float heightPt) {
        this.widthPt = widthPt;
        this.heightPt = heightPt;
    }

    public float widthPt() {
        return widthPt;
    }

    public float heightPt() {
        return heightPt;
    }
}
