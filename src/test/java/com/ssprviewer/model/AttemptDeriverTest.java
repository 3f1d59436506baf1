package com.ssprviewer.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AttemptDeriverTest {

    private static final Instant T0 = Instant.parse("2025-03-05T08:00:00Z");

    private final List<AuditEvent> flow = new ArrayList<>();

    private void step(String activity, Status status, String reason) {
        Actor actor = new Actor("User", null, "oid", "Megan.Bowen@fabrikam.com", "192.0.2.7", null, null, null, null);
        Target target = new Target("User", "Megan Bowen", "oid", "megan.bowen@fabrikam.com", List.of());
        flow.add(new AuditEvent("id" + flow.size(), EventKind.AUDIT, T0.plusSeconds(10L * flow.size()),
                Activities.SSPR_SERVICE, "UserManagement", activity, status, reason, "corr-1", null, null, actor,
                List.of(target), List.of(), null, List.of(), null));
    }

    private void progress(String reason) {
        step(Activities.FLOW_PROGRESS, Status.SUCCESS, reason);
    }

    private ResetAttempt derive() {
        return AttemptDeriver.fromFlow("corr:corr-1", flow);
    }

    @Test
    void aCompletedResetSucceedsWithTheMethodsOfCompletedSteps() {
        progress("User was presented with verification options");
        progress("User started the mobile SMS verification option");
        progress("User completed the mobile SMS verification option");
        progress("User started the email verification option");
        progress("User completed the email verification option");
        progress("User successfully reset password");
        step(Activities.RESET_SELF_SERVICE, Status.SUCCESS, "Successfully completed reset.");
        ResetAttempt a = derive();
        assertEquals(Outcome.SUCCEEDED, a.outcome());
        assertEquals(List.of(Method.MOBILE_PHONE, Method.ALTERNATE_EMAIL), a.methods());
        assertEquals("megan.bowen@fabrikam.com", a.user());
        assertEquals(T0, a.time());
        assertEquals("192.0.2.7", a.ipAddress());
        assertEquals(7, a.eventCount());
        assertEquals("User successfully reset password", a.details(), "the published wording wins");
    }

    @Test
    void aFlowThatStopsAfterStartingAMethodIsAbandonedWithTheClassicWording() {
        progress("User was presented with verification options");
        progress("User started the mobile SMS verification option");
        ResetAttempt a = derive();
        assertEquals(Outcome.ABANDONED, a.outcome());
        assertEquals("User abandoned after starting the mobile SMS verification option", a.details());
        assertEquals(List.of(Method.MOBILE_PHONE), a.methods());
    }

    @Test
    void securityQuestionsUseThePublishedWordingWithoutVerification() {
        progress("User started the security questions verification option");
        progress("User completed the security questions verification option");
        assertEquals("User abandoned after completing the security questions option", derive().details());
    }

    @Test
    void onlyBeingPresentedWithOptionsMeansAbandonedAfterEnteringTheUserId() {
        progress("User was presented with verification options");
        assertEquals("User abandoned after entering their user ID", derive().details());
    }

    @Test
    void aBlockEventOutranksAFailureAndABlockedDetailsCountsToo() {
        progress("User started the mobile SMS verification option");
        step(Activities.FLOW_PROGRESS, Status.FAILURE, "Some failure");
        step(Activities.BLOCKED, Status.SUCCESS, "");
        ResetAttempt a = derive();
        assertEquals(Outcome.BLOCKED, a.outcome());
        assertEquals("Some failure", a.details(), "an empty deciding reason falls back to the last non-empty one");
    }

    @Test
    void cancelledSpelledTheBritishWayIsCanceled() {
        progress("User cancelled before passing the required authentication methods");
        ResetAttempt a = derive();
        assertEquals(Outcome.CANCELED, a.outcome());
        assertEquals("User canceled before passing the required authentication methods", a.details());
    }

    @Test
    void contactedAdminOutranksCanceledAndFailed() {
        step(Activities.FLOW_PROGRESS, Status.FAILURE, "User canceled before submitting a new password");
        progress("User contacted an admin after trying the email verification option");
        assertEquals(Outcome.CONTACTED_ADMIN, derive().outcome());
    }

    @Test
    void aBannedPasswordFailureFails() {
        step(Activities.RESET_SELF_SERVICE, Status.FAILURE, "FuzzyPolicyViolationInvalidPassword");
        ResetAttempt a = derive();
        assertEquals(Outcome.FAILED, a.outcome());
        assertEquals("FuzzyPolicyViolationInvalidPassword", a.details());
    }

    @Test
    void aClassicRowIsItsOwnAttempt() {
        AuditEvent row = ClassicRows.reset("Alex.Wilber@fabrikam.com", "User", T0,
                List.of(Method.MOBILE_PHONE), Outcome.SUCCEEDED, "User successfully reset password.");
        ResetAttempt a = AttemptDeriver.fromClassicRow("event:1", row);
        assertEquals(Outcome.SUCCEEDED, a.outcome());
        assertEquals("alex.wilber@fabrikam.com", a.user());
        assertEquals("User", a.role());
        assertEquals("User successfully reset password", a.details());
        assertEquals(Activities.CLASSIC_RESET, row.activity());
        assertEquals(Status.SUCCESS, row.status());
    }
}
