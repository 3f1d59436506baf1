package com.ssprviewer.insight;

import static com.ssprviewer.insight.InsightFixture.a;
import static com.ssprviewer.insight.InsightFixture.r;
import static com.ssprviewer.insight.InsightFixture.t;
import static com.ssprviewer.model.Method.ALTERNATE_EMAIL;
import static com.ssprviewer.model.Method.MOBILE_PHONE;
import static com.ssprviewer.model.Outcome.ABANDONED;
import static com.ssprviewer.model.Outcome.CANCELED;
import static com.ssprviewer.model.Outcome.FAILED;
import static com.ssprviewer.model.Outcome.SUCCEEDED;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.ssprviewer.model.Outcome;
import com.ssprviewer.model.Registration;
import com.ssprviewer.model.ResetAttempt;
import com.ssprviewer.model.Status;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The edges of single answers, each shown with the fewest attempts that exercise it. */
class AnswerEdgesTest {

    private static final String AS_OF = "2025-03-20T12:00:00Z";

    private static Summary summarize(List<ResetAttempt> attempts, List<Registration> registrations) {
        SummaryBuilder builder = new SummaryBuilder(t(AS_OF));
        attempts.forEach(builder::addAttempt);
        registrations.forEach(builder::addRegistration);
        return builder.build(0);
    }

    private static Summary summarize(ResetAttempt... attempts) {
        return summarize(List.of(attempts), List.of());
    }

    @Test
    void aResetExactlySevenDaysBeforeAsOfIsNotInTheLastSevenDaysButOneASecondLaterIs() {
        Summary s = summarize(a("1", "ann", "User", "2025-03-13T12:00:00Z", SUCCEEDED, "", null),
                a("2", "ann", "User", "2025-03-13T12:00:01Z", SUCCEEDED, "", null));
        assertEquals(1, s.resetsLast7Days());
        assertEquals(1, s.attemptsLast7Days());
    }

    @Test
    void anAttemptAtAsOfIsInTheLastSevenDaysAndOneAfterItIsNot() {
        Summary s = summarize(a("1", "ann", "User", AS_OF, FAILED, "", null),
                a("2", "ann", "User", "2025-03-20T12:00:01Z", SUCCEEDED, "", null));
        assertEquals(0, s.resetsLast7Days());
        assertEquals(1, s.attemptsLast7Days());
        assertEquals(2, s.attempts());
    }

    @Test
    void theCatalogsResultWinsOverTheOutcomeTheAttemptWasGiven() {
        Summary s = summarize(a("1", "ann", "User", AS_OF, ABANDONED, InsightFixture.NO_LICENSE, null));
        assertEquals(List.of(new Problem(InsightFixture.NO_LICENSE, FAILED, 1,
                "You can add a license to the user to resolve this.")), s.problems());
    }

    @Test
    void anUnknownDetailsWithEvenlyMixedOutcomesTakesTheOutcomeListedFirst() {
        Summary s = summarize(a("1", "ann", "User", AS_OF, CANCELED, "Something new", null),
                a("2", "bo", "User", AS_OF, FAILED, " Something new ", null));
        assertEquals(List.of(new Problem("Something new", FAILED, 2, "")), s.problems());
    }

    @Test
    void cancelledAndCanceledSpellingsAreOneProblem() {
        Summary s = summarize(
                a("1", "ann", "User", AS_OF, CANCELED, "User cancelled before submitting a new password.", null),
                a("2", "bo", "User", AS_OF, CANCELED, "User canceled before submitting a new password", null),
                a("3", "bo", "User", AS_OF, SUCCEEDED, "User successfully reset password", null));
        assertEquals(List.of(new Problem("User canceled before submitting a new password", Outcome.CANCELED, 2, "")),
                s.problems());
    }

    @Test
    void aSucceededAttemptWithoutMethodsCountsAsAResetButForNoMethod() {
        Summary s = summarize(a("1", "ann", "User", AS_OF, SUCCEEDED, "", null));
        assertEquals(0L, s.methods().values().stream().mapToLong(Long::longValue).sum());
        assertEquals(1, s.resetsLast7Days());
    }

    @Test
    void aUserWithTheRoleUserInAnySpellingIsNotAnAdministrator() {
        Summary s = summarize(a("1", "ann", " USER ", AS_OF, SUCCEEDED, "", null),
                a("2", "bo", "", AS_OF, SUCCEEDED, "", null), a("3", "cy", null, AS_OF, SUCCEEDED, "", null));
        assertEquals(List.of(), s.adminSelfResets());
    }

    @Test
    void administratorsWithTheSameCountAreListedByUser() {
        Summary s = summarize(a("1", "zed", "Global Administrator", AS_OF, SUCCEEDED, "", null),
                a("2", "amy", "Helpdesk Administrator", AS_OF, SUCCEEDED, "", null),
                a("3", "amy", "Helpdesk Administrator", AS_OF, FAILED, "", null));
        assertEquals(List.of(new AdminSelfResets("amy@fabrikam.com", "Helpdesk Administrator", 1),
                new AdminSelfResets("zed@fabrikam.com", "Global Administrator", 1)), s.adminSelfResets());
    }

    @Test
    void atTheSameTimeTheLaterStoredRegistrationIsTheLatestWhateverTheFeedingOrder() {
        Registration earlier = r(1, "ann", "User", "2025-03-01T10:00:00Z", Status.SUCCESS, MOBILE_PHONE);
        Registration later = r(2, "ann", "User", "2025-03-01T10:00:00Z", Status.SUCCESS, ALTERNATE_EMAIL);
        Summary s = summarize(List.of(), List.of(later, earlier));
        assertEquals(List.of(new RegisteredUser("ann@fabrikam.com", "User", t("2025-03-01T10:00:00Z"),
                List.of(ALTERNATE_EMAIL))), s.registrations());
        assertEquals(1L, s.dataRegistered().get(ALTERNATE_EMAIL));
        assertEquals(0L, s.dataRegistered().get(MOBILE_PHONE));
    }

    @Test
    void aUserWhoseOnlyRegistrationListsNoDataIsRegisteredButAddsNoData() {
        Summary s = summarize(List.of(), List.of(r(1, "ann", null, "2025-03-01T10:00:00Z", Status.SUCCESS)));
        assertEquals(1, s.registeredUsers());
        assertEquals(List.of(new RegisteredUser("ann@fabrikam.com", "", t("2025-03-01T10:00:00Z"), List.of())),
                s.registrations());
        assertEquals(0L, s.dataRegistered().values().stream().mapToLong(Long::longValue).sum());
    }
}
