package com.ssprviewer.insight;

import static com.ssprviewer.insight.InsightFixture.t;
import static com.ssprviewer.insight.RuleTesting.row;
import static com.ssprviewer.insight.RuleTesting.run;
import static com.ssprviewer.model.Outcome.BLOCKED;
import static com.ssprviewer.model.Outcome.FAILED;
import static com.ssprviewer.model.Outcome.SUCCEEDED;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class BlockedRuleTest {

    @Test
    void aUserBlockedOnceIsReportedAsBlocked() {
        assertEquals(List.of(new Finding("blocked", "ann@fabrikam.com", 1,
                        t("2025-03-01T10:00:00Z"), t("2025-03-01T10:00:00Z"))),
                run(new BlockedRule(), row("ann", "2025-03-01T10:00:00Z", BLOCKED),
                        row("ann", "2025-03-01T11:00:00Z", SUCCEEDED)));
    }

    @Test
    void aUserBlockedSeveralTimesIsReportedOnceWithTheSpanOfTheBlocks() {
        assertEquals(List.of(new Finding("blocked", "ann@fabrikam.com", 3,
                        t("2025-01-01T10:00:00Z"), t("2025-03-01T10:00:00Z"))),
                run(new BlockedRule(), row("ann", "2025-03-01T10:00:00Z", BLOCKED),
                        row("ann", "2025-01-01T10:00:00Z", BLOCKED), row("ann", "2025-02-01T10:00:00Z", BLOCKED)));
    }

    @Test
    void usersWhoWereNeverBlockedAndBlocksWithoutAUserAreNotReported() {
        assertEquals(List.of(), run(new BlockedRule(), row("ann", "2025-03-01T10:00:00Z", FAILED),
                row(null, "2025-03-01T10:00:00Z", BLOCKED)));
    }
}
