package com.ssprviewer.report;

import com.ssprviewer.insight.Coverage;
import com.ssprviewer.insight.CoverageFigure;
import com.ssprviewer.insight.CoverageList;
import com.ssprviewer.report.document.Tile;
import java.util.ArrayList;
import java.util.List;

/** The coverage numbers as tiles, a count and its share of members each; the same on screen and on paper. */
public final class CoverageTiles {

    private CoverageTiles() {
    }

    /** One tile per {@link CoverageFigure}, in its order. */
    public static List<Tile> tiles(Coverage c, ReportTexts t) {
        List<Tile> tiles = new ArrayList<>();
        for (CoverageFigure f : CoverageFigure.values()) {
            int n = f.of(c);
            String context = f.isShare() ? t.format("coverage.share", share(n, c.members(), t))
                    : t.get(f == CoverageFigure.MEMBERS ? "coverage.members.context" : "coverage.guests.context");
            tiles.add(new Tile(label(f, t), Integer.toString(n), context));
        }
        return tiles;
    }

    /** "62.9 %" in the language's way; a snapshot without members is 0. */
    public static String share(int n, int members, ReportTexts t) {
        double percent = members == 0 ? 0 : 100.0 * n / members;
        return String.format(t.locale(), "%.1f%%", percent);
    }

    public static String label(CoverageFigure f, ReportTexts t) {
        return switch (f) {
            case MEMBERS -> t.get("coverage.members");
            case GUESTS -> t.get("coverage.guests");
            case SSPR_REGISTERED -> t.get("coverage.ssprRegistered");
            case SSPR_ENABLED -> t.get("coverage.ssprEnabled");
            case SSPR_CAPABLE -> t.get("coverage.ssprCapable");
            case MFA_REGISTERED -> t.get("coverage.mfaRegistered");
            case MFA_CAPABLE -> t.get("coverage.mfaCapable");
            case PASSWORDLESS_CAPABLE -> t.get("coverage.passwordlessCapable");
        };
    }

    public static String label(CoverageList l, ReportTexts t) {
        return switch (l) {
            case ENABLED_NOT_REGISTERED -> t.get("coverage.list.enabledNotRegistered");
            case ADMINS_NOT_CAPABLE -> t.get("coverage.list.adminsNotCapable");
            case METHODS_UNKNOWN -> t.get("coverage.list.methodsUnknown");
            case NEWLY_REGISTERED -> t.get("coverage.list.newlyRegistered");
            case LOST_REGISTRATION -> t.get("coverage.list.lostRegistration");
            case NEW_USERS -> t.get("coverage.list.newUsers");
            case GONE_USERS -> t.get("coverage.list.goneUsers");
        };
    }
}
