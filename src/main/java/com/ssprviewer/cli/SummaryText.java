package com.ssprviewer.cli;

import com.ssprviewer.insight.AdminSelfResets;
import com.ssprviewer.insight.Finding;
import com.ssprviewer.insight.Problem;
import com.ssprviewer.insight.Summary;
import com.ssprviewer.model.Method;
import java.util.Map;

/** The summary as text a person reads in a terminal, one section per question. */
final class SummaryText {

    private SummaryText() {
    }

    static String write(Summary s) {
        StringBuilder sb = new StringBuilder();
        sb.append("SSPR summary as of ").append(s.asOf()).append('\n');
        sb.append(String.format("Events stored: %d   Reset attempts: %d%n", s.events(), s.attempts()));
        sb.append("Outcomes:");
        s.outcomes().forEach((o, n) -> sb.append("  ").append(o.label()).append(' ').append(n));
        sb.append("\n\n1. Users registered for password reset: ").append(s.registeredUsers()).append('\n');
        sb.append("2. Who registered: see `registrations`, or --json\n");
        sb.append("3. Data registered:").append(methods(s.dataRegistered())).append('\n');
        sb.append(String.format("4. Resets in the last 7 days: %d succeeded of %d attempts%n",
                s.resetsLast7Days(), s.attemptsLast7Days()));
        sb.append("5. Methods used in successful resets:").append(methods(s.methods())).append('\n');
        sb.append("6. Top problems:\n");
        for (Problem p : s.problems()) {
            sb.append(String.format("   %5d  %-15s %s%n", p.count(), p.result().label(), p.details()));
            if (!p.fix().isEmpty()) {
                sb.append("          fix: ").append(p.fix()).append('\n');
            }
        }
        sb.append("7. Administrators resetting their own password:\n");
        for (AdminSelfResets a : s.adminSelfResets()) {
            sb.append(String.format("   %5d  %s (%s)%n", a.count(), a.user(), a.role()));
        }
        sb.append("8. Suspicious activity:\n");
        for (Finding f : s.suspicious()) {
            sb.append(String.format("   %-18s %-40s %4d  %s .. %s%n", f.rule(), f.user(), f.count(), f.first(),
                    f.last()));
        }
        if (s.suspicious().isEmpty()) {
            sb.append("   none found\n");
        }
        return sb.toString();
    }

    private static String methods(Map<Method, Long> counts) {
        StringBuilder sb = new StringBuilder();
        counts.forEach((m, n) -> sb.append("  ").append(m.label()).append(' ').append(n));
        return sb.toString();
    }
}
