package com.ssprviewer.insight;

import static com.ssprviewer.insight.InsightFixture.t;
import static com.ssprviewer.insight.RuleTesting.row;
import static com.ssprviewer.insight.RuleTesting.run;
import static com.ssprviewer.model.Outcome.ABANDONED;
import static com.ssprviewer.model.Outcome.BLOCKED;
import static com.ssprviewer.model.Outcome.CANCELED;
import static com.ssprviewer.model.Outcome.CONTACTED_ADMIN;
import static com.ssprviewer.model.Outcome.FAILED;
import static com.ssprviewer.model.Outcome.SUCCEEDED;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class RepeatedFailuresRuleTest {

    @Test
    void threeFailuresWithinLessThan24HoursAreRepeatedFailures() {
        assertEquals(List.of(new Finding("repeated-failures", "ann@fabrikam.com", 3,
                        t("2025-03-01T00:00:00Z"), t("2025-03-01T23:59:59Z"))),
                run(new RepeatedFailuresRule(), row("ann", "2025-03-01T00:00:00Z", FAILED),
                        row("ann", "2025-03-01T12:00:00Z", BLOCKED),
                        row("ann", "2025-03-01T23:59:59Z", CONTACTED_ADMIN)));
    }

    @Test
    void threeFailuresWhoseFirstAndLastAreExactly24HoursApartAreNotRepeatedFailures() {
        assertEquals(List.of(), run(new RepeatedFailuresRule(), row("ann", "2025-03-01T00:00:00Z", FAILED),
                row("ann", "2025-03-01T12:00:00Z", ABANDONED), row("ann", "2025-03-02T00:00:00Z", CANCELED)));
    }

    @Test
    void twoFailuresAndSuccessesInBetweenAreNotRepeatedFailures() {
        assertEquals(List.of(), run(new RepeatedFailuresRule(), row("ann", "2025-03-01T00:00:00Z", FAILED),
                row("ann", "2025-03-01T01:00:00Z", SUCCEEDED), row("ann", "2025-03-01T02:00:00Z", FAILED),
                row("ann", "2025-03-01T03:00:00Z", SUCCEEDED)));
    }

    @Test
    void failuresOfDifferentUsersAreNotAddedTogether() {
        assertEquals(List.of(), run(new RepeatedFailuresRule(), row("ann", "2025-03-01T00:00:00Z", FAILED),
                row("bo", "2025-03-01T01:00:00Z", FAILED), row("cy", "2025-03-01T02:00:00Z", FAILED),
                row(null, "2025-03-01T03:00:00Z", FAILED)));
    }

    @Test
    void theCountIsTheLargestNumberOfFailuresInAnyOne24HourSpan() {
        assertEquals(List.of(new Finding("repeated-failures", "ann@fabrikam.com", 4,
                        t("2025-03-05T08:00:00Z"), t("2025-03-05T11:00:00Z"))),
                run(new RepeatedFailuresRule(), row("ann", "2025-03-01T00:00:00Z", FAILED),
                        row("ann", "2025-03-01T01:00:00Z", FAILED), row("ann", "2025-03-01T02:00:00Z", FAILED),
                        row("ann", "2025-03-05T11:00:00Z", FAILED), row("ann", "2025-03-05T08:00:00Z", FAILED),
                        row("ann", "2025-03-05T09:00:00Z", FAILED), row("ann", "2025-03-05T10:00:00Z", FAILED)));
    }

    @Test
    void whenTwoSpansHaveTheSameCountTheEarliestIsReported() {
        assertEquals(List.of(new Finding("repeated-failures", "ann@fabrikam.com", 3,
                        t("2025-03-01T00:00:00Z"), t("2025-03-01T02:00:00Z"))),
                run(new RepeatedFailuresRule(), row("ann", "2025-03-03T00:00:00Z", FAILED),
                        row("ann", "2025-03-03T01:00:00Z", FAILED), row("ann", "2025-03-03T02:00:00Z", FAILED),
                        row("ann", "2025-03-01T00:00:00Z", FAILED), row("ann", "2025-03-01T01:00:00Z", FAILED),
                        row("ann", "2025-03-01T02:00:00Z", FAILED)));
    }
}
