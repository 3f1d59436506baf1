package com.ssprviewer.insight;

import static com.ssprviewer.model.Method.ALTERNATE_EMAIL;
import static com.ssprviewer.model.Method.AUTHENTICATOR_APP;
import static com.ssprviewer.model.Method.MOBILE_PHONE;
import static com.ssprviewer.model.Method.OFFICE_PHONE;
import static com.ssprviewer.model.Method.SECURITY_QUESTIONS;
import static com.ssprviewer.model.Outcome.ABANDONED;
import static com.ssprviewer.model.Outcome.BLOCKED;
import static com.ssprviewer.model.Outcome.CANCELED;
import static com.ssprviewer.model.Outcome.CONTACTED_ADMIN;
import static com.ssprviewer.model.Outcome.FAILED;
import static com.ssprviewer.model.Outcome.SUCCEEDED;

import com.ssprviewer.model.Method;
import com.ssprviewer.model.Outcome;
import com.ssprviewer.model.Registration;
import com.ssprviewer.model.ResetAttempt;
import com.ssprviewer.model.Status;
import java.time.Instant;
import java.util.List;

/**
 * A small tenant written out by hand: 14 users, 34 reset attempts and 11 registrations, each placed to hit one
 * answer or one boundary. The expected values in {@link SummaryBuilderTest} were worked out from this table by hand;
 * the comment beside each row says what it is for.
 */
final class InsightFixture {

    static final Instant AS_OF = Instant.parse("2025-03-20T12:00:00Z");
    static final long EVENTS = 250;

    static final String ABANDON_ID = "User abandoned after entering their user ID";
    static final String SMS_BLOCK = "User entered too many invalid SMS verification codes and is blocked for 24 hours";
    static final String QUESTIONS_BLOCK =
            "User tried to answer security questions too many times and is blocked for 24 hours";
    static final String ON_PREMISES =
            "User's password is managed on-premises. You can enable Password Writeback to resolve this";
    static final String NO_LICENSE = "User does not have a license. You can add a license to the user to resolve this";
    static final String CANCEL = "User canceled before passing the required authentication methods";
    static final String CONTACT = "User contacted an admin after trying the mobile SMS verification option";
    static final String SUCCESS = "User successfully reset password";
    static final String FUZZY = "FuzzyPolicyViolationInvalidPassword";

    static final String GA = "Global Administrator";
    static final String HA = "Helpdesk Administrator";
    static final String PA = "Password Administrator";

    private InsightFixture() {
    }

    static List<ResetAttempt> attempts() {
        return List.of(
                // alice: one success exactly at asOf - 7 days (outside), one a second later (inside)
                a("a01", "alice", "User", "2025-03-13T12:00:00Z", SUCCEEDED, SUCCESS, "10.0.0.1", MOBILE_PHONE),
                a("a02", "alice", "User", "2025-03-13T12:00:01Z", SUCCEEDED, SUCCESS, "10.0.0.1",
                        MOBILE_PHONE, ALTERNATE_EMAIL),
                // bob, an administrator: three self-resets, the last exactly at asOf (inside); a04 repeats a method
                a("a03", "bob", GA, "2025-03-01T09:00:00Z", SUCCEEDED, SUCCESS, "10.0.0.2", AUTHENTICATOR_APP),
                a("a04", "bob", GA, "2025-03-08T09:00:00Z", SUCCEEDED, SUCCESS, "10.0.0.2",
                        AUTHENTICATOR_APP, MOBILE_PHONE, AUTHENTICATOR_APP),
                a("a05", "bob", GA, "2025-03-20T12:00:00Z", SUCCEEDED, SUCCESS, "10.0.0.2", AUTHENTICATOR_APP),
                // carol, an administrator: one self-reset; a failure one second after asOf (outside)
                a("a06", "carol", HA, "2025-03-18T07:30:00Z", SUCCEEDED, SUCCESS, "10.0.0.3", ALTERNATE_EMAIL),
                a("a07", "carol", HA, "2025-03-20T12:00:01Z", FAILED, NO_LICENSE, "10.0.0.3"),
                // dave: blocked, then a success 23:59:59 later (counted) and one exactly 24 hours later (not)
                a("a08", "dave", "User", "2025-03-16T08:00:00Z", BLOCKED, SMS_BLOCK, "10.0.0.4", MOBILE_PHONE),
                a("a09", "dave", "User", "2025-03-17T07:59:59Z", SUCCEEDED, SUCCESS, "10.0.0.4", ALTERNATE_EMAIL),
                a("a10", "dave", "User", "2025-03-17T08:00:00Z", SUCCEEDED, SUCCESS, "10.0.0.4", ALTERNATE_EMAIL),
                // erin: three failures, first and last exactly 24 hours apart: not repeated failures
                a("a11", "erin", "User", "2025-03-10T06:00:00Z", ABANDONED,
                        " user abandoned after entering their user id. ", "10.0.0.5"),
                a("a12", "erin", "User", "2025-03-10T18:00:00Z", CANCELED, CANCEL, "10.0.0.5"),
                a("a13", "erin", "User", "2025-03-11T06:00:00Z", ABANDONED, ABANDON_ID, "10.0.0.5"),
                // frank: three failures within 23:59:59 (reported), a fourth exactly 24 hours after the second
                a("a14", "frank", "User", "2025-03-14T00:00:00Z", FAILED, ON_PREMISES, "10.0.0.6"),
                a("a15", "frank", "User", "2025-03-14T10:00:00Z", ABANDONED, ABANDON_ID, "10.0.0.6"),
                a("a16", "frank", "User", "2025-03-14T23:59:59Z", CANCELED, CANCEL, "10.0.0.6"),
                a("a17", "frank", "User", "2025-03-15T10:00:00Z", FAILED, ON_PREMISES, "10.0.0.6"),
                // 203.0.113.7: gina, hank, ivan within 59:59 (3 users, reported); FUZZY mixes Failed and Abandoned
                a("a18", "gina", "User", "2025-03-12T10:00:00Z", FAILED, FUZZY, "203.0.113.7"),
                a("a19", "hank", "User", "2025-03-12T10:20:00Z", FAILED, FUZZY, "203.0.113.7"),
                a("a20", "gina", "User", "2025-03-12T10:40:00Z", SUCCEEDED, SUCCESS, "203.0.113.7", MOBILE_PHONE),
                a("a21", "ivan", "User", "2025-03-12T10:59:59Z", ABANDONED, FUZZY, "203.0.113.7"),
                // 198.51.100.9: jack, kate, leo, but leo exactly one hour after jack: at most 2 users in an hour
                a("a22", "jack", "user", "2025-03-19T09:00:00Z", SUCCEEDED, SUCCESS, "198.51.100.9", OFFICE_PHONE),
                a("a23", "kate", PA, "2025-03-19T09:30:00Z", SUCCEEDED, SUCCESS, "198.51.100.9",
                        SECURITY_QUESTIONS, MOBILE_PHONE),
                a("a24", "leo", "User", "2025-03-19T10:00:00Z", FAILED, NO_LICENSE, "198.51.100.9"),
                // 192.0.2.44: two users plus two attempts without a user within 20 minutes: not reported
                a("a25", "leo", "User", "2025-03-18T20:00:00Z", CONTACTED_ADMIN, CONTACT, "192.0.2.44", MOBILE_PHONE),
                a("a26", "jack", "user", "2025-03-18T20:10:00Z", ABANDONED, ABANDON_ID, "192.0.2.44"),
                a("a27", null, null, "2025-03-18T20:15:00Z", SUCCEEDED, SUCCESS, "192.0.2.44", MOBILE_PHONE),
                a("a28", null, null, "2025-03-18T20:20:00Z", BLOCKED, SMS_BLOCK, "192.0.2.44", MOBILE_PHONE),
                // mia: blocked twice; successes 12h after the first block, 48:59:59 after it, 23:59:59 after the second
                a("a29", "mia", "User", "2025-03-05T08:00:00Z", BLOCKED, QUESTIONS_BLOCK, "10.0.0.9",
                        SECURITY_QUESTIONS),
                a("a30", "mia", "User", "2025-03-07T09:00:00Z", BLOCKED, QUESTIONS_BLOCK, "10.0.0.9",
                        SECURITY_QUESTIONS),
                a("a31", "mia", "User", "2025-03-05T20:00:00Z", SUCCEEDED, SUCCESS, "10.0.0.9", ALTERNATE_EMAIL),
                a("a32", "mia", "User", "2025-03-07T08:59:59Z", SUCCEEDED, SUCCESS, "10.0.0.9", ALTERNATE_EMAIL),
                a("a33", "mia", "User", "2025-03-08T08:59:59Z", SUCCEEDED, SUCCESS, "10.0.0.9", ALTERNATE_EMAIL),
                // nina: no role known, abandoned without any details
                a("a34", "nina", null, "2025-02-20T00:00:00Z", ABANDONED, "", null));
    }

    static List<Registration> registrations() {
        return List.of(
                // alice registered twice; the later one is her latest
                r(1, "alice", "User", "2025-03-01T10:00:00Z", Status.SUCCESS, MOBILE_PHONE, ALTERNATE_EMAIL),
                r(2, "alice", "User", "2025-03-10T10:00:00Z", Status.SUCCESS, MOBILE_PHONE, AUTHENTICATOR_APP),
                r(3, "bob", GA, "2025-02-15T10:00:00Z", Status.SUCCESS, AUTHENTICATOR_APP, OFFICE_PHONE),
                // carol's latest registration lists no data: her data comes from the earlier one
                r(4, "carol", HA, "2025-03-05T10:00:00Z", Status.SUCCESS, ALTERNATE_EMAIL, SECURITY_QUESTIONS),
                r(5, "carol", HA, "2025-03-15T10:00:00Z", Status.SUCCESS),
                // dave's later registration failed: it is neither his latest nor his data
                r(6, "dave", "User", "2025-03-02T10:00:00Z", Status.SUCCESS, MOBILE_PHONE),
                r(7, "dave", "User", "2025-03-12T10:00:00Z", Status.FAILURE, ALTERNATE_EMAIL),
                // erin only ever failed to register
                r(8, "erin", "User", "2025-03-03T10:00:00Z", Status.FAILURE, MOBILE_PHONE),
                // frank registered, but no data was listed
                r(9, "frank", "User", "2025-03-04T10:00:00Z", Status.SUCCESS),
                // a registration without a user counts nowhere
                r(10, null, null, "2025-03-04T11:00:00Z", Status.SUCCESS, MOBILE_PHONE),
                r(11, "kate", PA, "2025-03-09T10:00:00Z", Status.SUCCESS, SECURITY_QUESTIONS, MOBILE_PHONE));
    }

    static Summary summary() {
        SummaryBuilder builder = new SummaryBuilder(AS_OF);
        attempts().forEach(builder::addAttempt);
        registrations().forEach(builder::addRegistration);
        return builder.build(EVENTS);
    }

    static ResetAttempt a(String key, String user, String role, String time, Outcome outcome, String details,
                          String ip, Method... methods) {
        return new ResetAttempt(key, user == null ? null : user + "@fabrikam.com", role, Instant.parse(time),
                List.of(methods), outcome, details, ip, null, 1);
    }

    static Registration r(long id, String user, String role, String time, Status status, Method... methods) {
        return new Registration(id, user == null ? null : user + "@fabrikam.com", role, Instant.parse(time),
                List.of(methods), status, "Password reset registration activity");
    }

    static Instant t(String time) {
        return Instant.parse(time);
    }
}
