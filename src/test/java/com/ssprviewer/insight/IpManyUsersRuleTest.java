package com.ssprviewer.insight;

import static com.ssprviewer.insight.InsightFixture.t;
import static com.ssprviewer.insight.RuleTesting.row;
import static com.ssprviewer.insight.RuleTesting.run;
import static com.ssprviewer.model.Outcome.FAILED;
import static com.ssprviewer.model.Outcome.SUCCEEDED;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class IpManyUsersRuleTest {

    private static final String IP = "203.0.113.50";

    @Test
    void threeUsersFromOneIpWithinLessThanAnHourAreReportedUnderTheIp() {
        assertEquals(List.of(new Finding("ip-many-users", IP, 3,
                        t("2025-03-01T10:00:00Z"), t("2025-03-01T10:59:59Z"))),
                run(new IpManyUsersRule(), row("ann", "2025-03-01T10:00:00Z", FAILED, IP),
                        row("bo", "2025-03-01T10:30:00Z", SUCCEEDED, IP),
                        row("cy", "2025-03-01T10:59:59Z", FAILED, IP)));
    }

    @Test
    void threeUsersWhenTheLastIsExactlyOneHourAfterTheFirstAreNotReported() {
        assertEquals(List.of(), run(new IpManyUsersRule(), row("ann", "2025-03-01T10:00:00Z", FAILED, IP),
                row("bo", "2025-03-01T10:30:00Z", FAILED, IP), row("cy", "2025-03-01T11:00:00Z", FAILED, IP)));
    }

    @Test
    void twoUsersFromOneIpAreNotReportedHoweverOftenTheyTry() {
        assertEquals(List.of(), run(new IpManyUsersRule(), row("ann", "2025-03-01T10:00:00Z", FAILED, IP),
                row("bo", "2025-03-01T10:01:00Z", FAILED, IP), row("ann", "2025-03-01T10:02:00Z", FAILED, IP),
                row("bo", "2025-03-01T10:03:00Z", FAILED, IP)));
    }

    @Test
    void attemptsWithoutAUserOrWithAnotherIpDoNotAddUsers() {
        assertEquals(List.of(), run(new IpManyUsersRule(), row("ann", "2025-03-01T10:00:00Z", FAILED, IP),
                row("bo", "2025-03-01T10:01:00Z", FAILED, IP), row(null, "2025-03-01T10:02:00Z", FAILED, IP),
                row("cy", "2025-03-01T10:03:00Z", FAILED, "198.51.100.1"), row("dee", "2025-03-01T10:04:00Z", FAILED)));
    }

    @Test
    void theCountIsTheLargestNumberOfDistinctUsersInAnyOneHourSpan() {
        // the hour from 10:00 holds ann, bo, cy, dee (4); the hour from 10:10 holds bo, cy, dee, eve, fay (5)
        assertEquals(List.of(new Finding("ip-many-users", IP, 5, t("2025-03-01T10:10:00Z"), t("2025-03-01T11:07:00Z"))),
                run(new IpManyUsersRule(), row("ann", "2025-03-01T10:00:00Z", FAILED, IP),
                        row("bo", "2025-03-01T10:10:00Z", FAILED, IP), row("cy", "2025-03-01T10:20:00Z", FAILED, IP),
                        row("dee", "2025-03-01T10:30:00Z", FAILED, IP), row("eve", "2025-03-01T11:05:00Z", FAILED, IP),
                        row("bo", "2025-03-01T11:06:00Z", FAILED, IP), row("fay", "2025-03-01T11:07:00Z", FAILED, IP)));
    }

    @Test
    void whenTwoHoursHaveTheSameNumberOfUsersTheEarliestIsReported() {
        // the hours from 10:00 and from 10:10 both hold 4 users; the one from 10:00 ends with dee at 10:30
        assertEquals(List.of(new Finding("ip-many-users", IP, 4, t("2025-03-01T10:00:00Z"), t("2025-03-01T10:30:00Z"))),
                run(new IpManyUsersRule(), row("eve", "2025-03-01T11:05:00Z", FAILED, IP),
                        row("ann", "2025-03-01T10:00:00Z", FAILED, IP), row("bo", "2025-03-01T10:10:00Z", FAILED, IP),
                        row("cy", "2025-03-01T10:20:00Z", FAILED, IP), row("dee", "2025-03-01T10:30:00Z", FAILED, IP)));
    }
}
