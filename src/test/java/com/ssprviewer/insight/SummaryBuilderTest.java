package com.ssprviewer.insight;

import static com.ssprviewer.insight.InsightFixture.ABANDON_ID;
import static com.ssprviewer.insight.InsightFixture.CANCEL;
import static com.ssprviewer.insight.InsightFixture.CONTACT;
import static com.ssprviewer.insight.InsightFixture.FUZZY;
import static com.ssprviewer.insight.InsightFixture.NO_LICENSE;
import static com.ssprviewer.insight.InsightFixture.ON_PREMISES;
import static com.ssprviewer.insight.InsightFixture.QUESTIONS_BLOCK;
import static com.ssprviewer.insight.InsightFixture.SMS_BLOCK;
import static com.ssprviewer.insight.InsightFixture.t;
import static com.ssprviewer.model.Method.ALTERNATE_EMAIL;
import static com.ssprviewer.model.Method.AUTHENTICATOR_APP;
import static com.ssprviewer.model.Method.MOBILE_PHONE;
import static com.ssprviewer.model.Method.OFFICE_PHONE;
import static com.ssprviewer.model.Method.SECURITY_QUESTIONS;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.ssprviewer.model.Method;
import com.ssprviewer.model.Outcome;
import com.ssprviewer.model.ResetAttempt;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Every key of the summary of {@link InsightFixture}, against values worked out by hand. */
class SummaryBuilderTest {

    private final Summary summary = InsightFixture.summary();

    @Test
    void theSummaryIsAsOfTheGivenMomentAndCarriesTheStoresEventCount() {
        assertEquals(t("2025-03-20T12:00:00Z"), summary.asOf());
        assertEquals(250, summary.events());
    }

    @Test
    void everyAttemptCountsInTheTotalsIncludingThoseWithoutAUser() {
        assertEquals(34, summary.attempts());
    }

    @Test
    void outcomesListAllSixInEnumOrder() {
        assertEquals(List.of(Outcome.values()), new ArrayList<>(summary.outcomes().keySet()));
        assertEquals(List.of(15L, 6L, 6L, 4L, 2L, 1L), new ArrayList<>(summary.outcomes().values()));
    }

    @Test
    void registeredUsersAreDistinctUsersWithASuccessfulRegistration() {
        assertEquals(6, summary.registeredUsers());
    }

    @Test
    void whoHasRegisteredShowsEachUsersLatestSuccessfulRegistrationSortedByUser() {
        assertEquals(List.of(
                new RegisteredUser("alice@fabrikam.com", "User", t("2025-03-10T10:00:00Z"),
                        List.of(MOBILE_PHONE, AUTHENTICATOR_APP)),
                new RegisteredUser("bob@fabrikam.com", "Global Administrator", t("2025-02-15T10:00:00Z"),
                        List.of(AUTHENTICATOR_APP, OFFICE_PHONE)),
                new RegisteredUser("carol@fabrikam.com", "Helpdesk Administrator", t("2025-03-15T10:00:00Z"),
                        List.of()),
                new RegisteredUser("dave@fabrikam.com", "User", t("2025-03-02T10:00:00Z"), List.of(MOBILE_PHONE)),
                new RegisteredUser("frank@fabrikam.com", "User", t("2025-03-04T10:00:00Z"), List.of()),
                new RegisteredUser("kate@fabrikam.com", "Password Administrator", t("2025-03-09T10:00:00Z"),
                        List.of(SECURITY_QUESTIONS, MOBILE_PHONE))),
                summary.registrations());
    }

    @Test
    void dataRegisteredCountsEachUsersLatestRegistrationThatListsData() {
        // alice's earlier Alternate Email is not counted; carol's data comes from before her data-less latest
        assertEquals(Map.of(ALTERNATE_EMAIL, 1L, OFFICE_PHONE, 1L, MOBILE_PHONE, 3L, SECURITY_QUESTIONS, 2L,
                AUTHENTICATOR_APP, 2L), summary.dataRegistered());
        assertEquals(List.of(Method.values()), new ArrayList<>(summary.dataRegistered().keySet()));
    }

    @Test
    void theSevenDayWindowExcludesItsStartAndIncludesAsOf() {
        assertEquals(8, summary.resetsLast7Days());
        assertEquals(17, summary.attemptsLast7Days());
    }

    @Test
    void methodsCountSucceededAttemptsOncePerMethod() {
        assertEquals(List.of(Method.values()), new ArrayList<>(summary.methods().keySet()));
        assertEquals(List.of(7L, 1L, 6L, 1L, 3L), new ArrayList<>(summary.methods().values()));
    }

    @Test
    void problemsAreGroupedByPublishedWordingMostFrequentFirstWithTheirFix() {
        assertEquals(List.of(
                new Problem(ABANDON_ID, Outcome.ABANDONED, 4, ""),
                new Problem(FUZZY, Outcome.FAILED, 3, ""),
                new Problem(CANCEL, Outcome.CANCELED, 2, ""),
                new Problem(NO_LICENSE, Outcome.FAILED, 2, "You can add a license to the user to resolve this."),
                new Problem(SMS_BLOCK, Outcome.BLOCKED, 2, ""),
                new Problem(QUESTIONS_BLOCK, Outcome.BLOCKED, 2, ""),
                new Problem(ON_PREMISES, Outcome.FAILED, 2, "You can enable Password Writeback to resolve this."),
                new Problem("", Outcome.ABANDONED, 1, ""),
                new Problem(CONTACT, Outcome.CONTACTED_ADMIN, 1, "")),
                summary.problems());
    }

    @Test
    void administratorsSelfResetsAreCountedPerUserMostFirst() {
        assertEquals(List.of(
                new AdminSelfResets("bob@fabrikam.com", "Global Administrator", 3),
                new AdminSelfResets("carol@fabrikam.com", "Helpdesk Administrator", 1),
                new AdminSelfResets("kate@fabrikam.com", "Password Administrator", 1)),
                summary.adminSelfResets());
    }

    @Test
    void suspiciousFindingsAreSortedByRuleThenUser() {
        assertEquals(List.of(
                new Finding("blocked", "dave@fabrikam.com", 1, t("2025-03-16T08:00:00Z"), t("2025-03-16T08:00:00Z")),
                new Finding("blocked", "mia@fabrikam.com", 2, t("2025-03-05T08:00:00Z"), t("2025-03-07T09:00:00Z")),
                new Finding("ip-many-users", "203.0.113.7", 3, t("2025-03-12T10:00:00Z"), t("2025-03-12T10:59:59Z")),
                new Finding("repeated-failures", "frank@fabrikam.com", 3,
                        t("2025-03-14T00:00:00Z"), t("2025-03-14T23:59:59Z")),
                new Finding("reset-after-block", "dave@fabrikam.com", 1,
                        t("2025-03-17T07:59:59Z"), t("2025-03-17T07:59:59Z")),
                new Finding("reset-after-block", "mia@fabrikam.com", 2,
                        t("2025-03-05T20:00:00Z"), t("2025-03-08T08:59:59Z"))),
                summary.suspicious());
    }

    @Test
    void feedingInAnyOrderGivesTheSameSummary() {
        List<ResetAttempt> attempts = new ArrayList<>(InsightFixture.attempts());
        var registrations = new ArrayList<>(InsightFixture.registrations());
        Collections.shuffle(attempts, new Random(7));
        Collections.shuffle(registrations, new Random(7));
        Collections.reverse(registrations);
        SummaryBuilder builder = new SummaryBuilder(InsightFixture.AS_OF);
        attempts.forEach(builder::addAttempt);
        registrations.forEach(builder::addRegistration);
        assertEquals(summary, builder.build(InsightFixture.EVENTS));
    }

    @Test
    void anEmptyStoreStillReportsEveryOutcomeAndMethodAtZero() {
        Summary empty = new SummaryBuilder(InsightFixture.AS_OF).build(0);
        assertEquals(6, empty.outcomes().size());
        assertEquals(0L, empty.outcomes().values().stream().mapToLong(Long::longValue).sum());
        assertEquals(5, empty.methods().size());
        assertEquals(5, empty.dataRegistered().size());
        assertEquals(List.of(), empty.problems());
        assertEquals(List.of(), empty.suspicious());
        assertEquals(0, empty.registeredUsers());
    }
}
