package com.ssprviewer.cli;

import com.ssprviewer.insight.Coverage;
import com.ssprviewer.store.api.SnapshotTotals;
import java.util.List;

/**
 * Registration coverage as text a person reads in a terminal. A long list shows its first names and how many more
 * there are: tens of thousands of names on one line help no one, and {@code --json} lists every one.
 */
final class CoverageText {

    /** The most names a list shows. */
    static final int SHOWN = 25;

    private CoverageText() {
    }

    static String write(Coverage c) {
        StringBuilder sb = new StringBuilder();
        sb.append("Registration coverage on ").append(c.snapshot()).append(" (counts are of members)\n");
        sb.append(String.format("Members: %d   Guests: %d%n", c.members(), c.guests()));
        line(sb, "SSPR registered", c.ssprRegistered(), c.members());
        line(sb, "SSPR enabled", c.ssprEnabled(), c.members());
        line(sb, "SSPR capable", c.ssprCapable(), c.members());
        line(sb, "MFA registered", c.mfaRegistered(), c.members());
        line(sb, "MFA capable", c.mfaCapable(), c.members());
        line(sb, "Passwordless capable", c.passwordlessCapable(), c.members());
        sb.append("Members per registered method:");
        c.methods().forEach((m, n) -> sb.append("  ").append(m).append(' ').append(n));
        sb.append('\n');
        if (!c.methodsUnknown().isEmpty()) {
            sb.append("  methods unknown (left out): ").append(names(c.methodsUnknown())).append('\n');
        }
        list(sb, "Enabled but not registered", c.enabledNotRegistered());
        list(sb, "Administrators not SSPR capable", c.adminsNotCapable());
        Coverage.Changes ch = c.changes();
        if (ch.previous() == null) {
            sb.append("Changes: none (this is the first snapshot)\n");
        } else {
            sb.append("Changes since ").append(ch.previous()).append(":\n");
            list(sb, "  Newly registered", ch.newlyRegistered());
            list(sb, "  Registration lost", ch.lostRegistration());
            list(sb, "  New users", ch.newUsers());
            list(sb, "  Gone users", ch.goneUsers());
        }
        sb.append("Trend (snapshot, members, SSPR registered, SSPR capable):\n");
        for (SnapshotTotals t : c.trend()) {
            sb.append(String.format("  %s  %6d  %6d  %6d%n", t.day(), t.members(), t.ssprRegistered(),
                    t.ssprCapable()));
        }
        return sb.toString();
    }

    private static void line(StringBuilder sb, String label, int n, int members) {
        sb.append(String.format("%-22s %6d  %5.1f%%%n", label + ":", n, members == 0 ? 0.0 : 100.0 * n / members));
    }

    private static void list(StringBuilder sb, String label, List<String> upns) {
        sb.append(label).append(" (").append(upns.size()).append(")");
        sb.append(upns.isEmpty() ? "\n" : ": " + names(upns) + "\n");
    }

    private static String names(List<String> upns) {
        if (upns.size() <= SHOWN) {
            return String.join(", ", upns);
        }
        return String.join(", ", upns.subList(0, SHOWN)) + ", ... and " + (upns.size() - SHOWN)
                + " more (coverage --json lists every one)";
    }
}
