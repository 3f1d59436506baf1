package com.ssprviewer.ui.shell;

import java.util.ArrayList;
import java.util.List;

/**
 * Decides how open blades share the window's width, as the portal does: every blade at its preferred width while
 * they fit, the newest taking what is left; when they do not fit, the oldest collapse one by one to a narrow titled
 * strip, then the newest and the blade it came from share the width down to their minimums (so the list keeps its
 * key columns beside its details), and only then does the blade it came from collapse too. No blade is ever wider
 * than the space it is given, so none is clipped and the strip never scrolls sideways.
 */
final class BladeLayout {
    /** The width of a collapsed blade: its title, turned on its side. */
    static final double STRIP = 44;

    /**
     * One blade's place.
     *
     * @param width     its width in pixels
     * @param collapsed true when it shows only as a strip
     */
    record Slot(double width, boolean collapsed) {
    }

    private BladeLayout() {
    }

    /**
     * The slots of blades whose preferred and minimum widths are given, oldest first, in {@code available} pixels.
     */
    static List<Slot> arrange(List<Double> preferred, List<Double> minimum, double available) {
        int n = preferred.size();
        List<Slot> out = new ArrayList<>();
        if (n == 0) {
            return out;
        }
        int collapsed = 0;
        while (collapsed < n - 2 && sum(preferred, collapsed) + collapsed * STRIP > available) {
            collapsed++;
        }
        double room = available - collapsed * STRIP;
        double[] widths = new double[n];
        if (sum(preferred, collapsed) <= room) {
            for (int i = collapsed; i < n; i++) {
                widths[i] = preferred.get(i);
            }
            widths[n - 1] += room - sum(preferred, collapsed);
        } else if (n - collapsed == 2 && sum(minimum, collapsed) <= room) {
            share(preferred, minimum, collapsed, room, widths);
        } else {
            collapsed = n - 1;
            widths[n - 1] = Math.max(0, available - collapsed * STRIP);
        }
        for (int i = 0; i < n; i++) {
            out.add(i < collapsed ? new Slot(STRIP, true) : new Slot(widths[i], false));
        }
        return out;
    }

    /** Shrinks the two open blades from preferred toward minimum, each in proportion to how far it can shrink. */
    private static void share(List<Double> preferred, List<Double> minimum, int first, double room, double[] widths) {
        double excess = sum(preferred, first) - room;
        double give = 0;
        for (int i = first; i < preferred.size(); i++) {
            give += preferred.get(i) - minimum.get(i);
        }
        for (int i = first; i < preferred.size(); i++) {
            double slack = preferred.get(i) - minimum.get(i);
            widths[i] = preferred.get(i) - (give <= 0 ? 0 : excess * slack / give);
        }
    }

    private static double sum(List<Double> widths, int from) {
        double total = 0;
        for (int i = from; i < widths.size(); i++) {
            total += widths.get(i);
        }
        return total;
    }
}
