package com.ssprviewer.insight;

import static com.ssprviewer.insight.InsightFixture.t;
import static com.ssprviewer.insight.RuleTesting.row;
import static com.ssprviewer.insight.RuleTesting.run;
import static com.ssprviewer.model.Outcome.BLOCKED;
import static com.ssprviewer.model.Outcome.SUCCEEDED;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ResetAfterBlockRuleTest {

    @Test
    void aSuccessLessThan24HoursAfterABlockIsReported() {
        assertEquals(List.of(new Finding("reset-after-block", "ann@fabrikam.com", 1,
                        t("2025-03-02T09:59:59Z"), t("2025-03-02T09:59:59Z"))),
                run(new ResetAfterBlockRule(), row("ann", "2025-03-01T10:00:00Z", BLOCKED),
                        row("ann", "2025-03-02T09:59:59Z", SUCCEEDED)));
    }

    @Test
    void aSuccessExactly24HoursAfterABlockOrBeforeItIsNotReported() {
        assertEquals(List.of(), run(new ResetAfterBlockRule(), row("ann", "2025-03-01T09:59:59Z", SUCCEEDED),
                row("ann", "2025-03-01T10:00:00Z", BLOCKED), row("ann", "2025-03-02T10:00:00Z", SUCCEEDED)));
    }

    @Test
    void aSuccessAtTheVeryMomentOfTheBlockIsReported() {
        assertEquals(List.of(new Finding("reset-after-block", "ann@fabrikam.com", 1,
                        t("2025-03-01T10:00:00Z"), t("2025-03-01T10:00:00Z"))),
                run(new ResetAfterBlockRule(), row("ann", "2025-03-01T10:00:00Z", SUCCEEDED),
                        row("ann", "2025-03-01T10:00:00Z", BLOCKED)));
    }

    @Test
    void aSuccessAfterTwoBlocksCountsOnceAndEachQualifyingSuccessCounts() {
        assertEquals(List.of(new Finding("reset-after-block", "ann@fabrikam.com", 2,
                        t("2025-03-01T12:00:00Z"), t("2025-03-01T13:00:00Z"))),
                run(new ResetAfterBlockRule(), row("ann", "2025-03-01T10:00:00Z", BLOCKED),
                        row("ann", "2025-03-01T11:00:00Z", BLOCKED), row("ann", "2025-03-01T12:00:00Z", SUCCEEDED),
                        row("ann", "2025-03-01T13:00:00Z", SUCCEEDED)));
    }

    @Test
    void anotherUsersBlockDoesNotMakeASuccessSuspicious() {
        assertEquals(List.of(), run(new ResetAfterBlockRule(), row("ann", "2025-03-01T10:00:00Z", BLOCKED),
                row("bo", "2025-03-01T11:00:00Z", SUCCEEDED), row(null, "2025-03-01T11:00:00Z", SUCCEEDED)));
    }
}
