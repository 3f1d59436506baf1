package com.ssprviewer.report.document;

import java.util.Objects;

/**
 * Paper, orientation and margins, as the user picks them in the print preview.
 *
 * @param paper     A4 or Letter
 * @param landscape {@code true} for pages wider than tall (more room for wide lists)
 * @param marginMm  the margin on all four sides, in millimetres (5 to 50)
 */
public record PageSetup(Paper paper, boolean landscape, float marginMm) {

    private static final float POINTS_PER_MM = 72f / 25.4f;

    public PageSetup {
        Objects.requireNonNull(paper, "paper");
        if (!(marginMm >= 5 && marginMm <= 50)) {
            throw new IllegalArgumentException("Margins must be between 5 and 50 mm, got " + marginMm);
        }
    }

    /** A4 portrait with 15 mm margins. */
    public static PageSetup defaults() {
        return new PageSetup(Paper.A4, false, 15f);
    }

    public float pageWidthPt() {
        return landscape ? paper.heightPt() : paper.widthPt();
    }

    public float pageHeightPt() {
        return landscape ? paper.widthPt() : paper.heightPt();
    }

    public float marginPt() {
        return marginMm * POINTS_PER_MM;
    }
}
