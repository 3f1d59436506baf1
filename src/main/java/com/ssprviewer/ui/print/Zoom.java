package com.ssprviewer.ui.print;

import java.util.ArrayList;
import java.util.List;

/**
 * How large the preview shows a page: fitted to the window's width, or a fixed percentage of the printed size
 * (100% is the paper's real size on a 96-dpi screen).
 *
 * @param fitWidth whether the page follows the width of the window
 * @param percent  the fixed size in percent (50 to 200); ignored while {@code fitWidth}
 */
public record Zoom(boolean fitWidth, int percent) {
    public static final int MIN_PERCENT = 50;
    public static final int MAX_PERCENT = 200;
    public static final Zoom FIT_WIDTH = new Zoom(true, 100);

    /** The fixed steps the zoom menu offers, after "Fit width". */
    public static final List<Integer> STEPS = List.of(50, 75, 100, 125, 150, 200);

    public Zoom {
        if (percent < MIN_PERCENT || percent > MAX_PERCENT) {
            throw new IllegalArgumentException("Zoom must be between 50% and 200%, got " + percent + "%");
        }
    }

    /** A fixed zoom, clamped to 50-200%. */
    public static Zoom percent(int percent) {
        return new Zoom(false, Math.max(MIN_PERCENT, Math.min(MAX_PERCENT, percent)));
    }

    /** Every choice of the zoom menu: fit width, then the fixed steps. */
    public static List<Zoom> choices() {
        List<Zoom> all = new ArrayList<>();
        all.add(FIT_WIDTH);
        STEPS.forEach(step -> all.add(percent(step)));
        return List.copyOf(all);
    }
}
