package com.ssprviewer.insight;

import com.ssprviewer.model.Outcome;
import java.util.List;

/** Feeds a rule a few attempts written as (user, time, outcome, ip) and returns its findings. */
final class RuleTesting {

    private RuleTesting() {
    }

    static List<Finding> run(SuspicionRule rule, Object[]... rows) {
        int n = 0;
        for (Object[] row : rows) {
            rule.add(InsightFixture.a("k" + n++, (String) row[0], "User", (String) row[1], (Outcome) row[2], "",
                    row.length > 3 ? (String) row[3] : null));
        }
        return rule.findings();
    }

    static Object[] row(String user, String time, Outcome outcome) {
        return new Object[] {user, time, outcome};
    }

    static Object[] row(String user, String time, Outcome outcome, String ip) {
        return new Object[] {user, time, outcome, ip};
    }
}
