package com.ssprviewer.store;

import static com.ssprviewer.store.Fixtures.at;
import static com.ssprviewer.store.Fixtures.audit;
import static com.ssprviewer.store.Fixtures.classicRegistration;
import static com.ssprviewer.store.Fixtures.classicReset;
import static com.ssprviewer.store.Fixtures.flow;
import static com.ssprviewer.store.Fixtures.importRows;
import static com.ssprviewer.store.Fixtures.withId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.ssprviewer.model.Activities;
import com.ssprviewer.model.AuditEvent;
import com.ssprviewer.model.Method;
import com.ssprviewer.model.Outcome;
import com.ssprviewer.model.ResetAttempt;
import com.ssprviewer.model.Status;
import com.ssprviewer.store.api.AttemptRow;
import com.ssprviewer.store.api.EventRow;
import com.ssprviewer.store.api.ImportResult;
import com.ssprviewer.store.api.StoredEvent;
import com.ssprviewer.store.query.EventFilter;
import com.ssprviewer.store.query.ListKind;
import com.ssprviewer.store.query.PageRequest;
import com.ssprviewer.store.query.RegistrationSort;
import com.ssprviewer.store.query.Sort;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreDerivedTest {

    @TempDir
    Path dir;
    Store store;

    @BeforeEach
    void open() throws Exception {
        store = Store.open(dir);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private List<ResetAttempt> attempts() {
        List<ResetAttempt> out = new ArrayList<>();
        store.forEachAttempt(EventFilter.NONE, out::add);
        return out;
    }

    @Test
    void aFlowSplitOverTwoGraphPagesIsOneAttempt() {
        String corr = "6a4bc617-cf8e-4242-adef-6c06de0f8a34";
        String user = "lynne@fabrikam.com";
        AuditEvent presented = withId(flow(at(0), "User was presented with verification options.", corr, user), "p1");
        AuditEvent started = withId(flow(at(1), "User started the mobile SMS verification option.", corr, user), "p2");
        AuditEvent completed = withId(flow(at(2), "User completed the mobile SMS verification option.", corr, user),
                "p3");
        AuditEvent reset = withId(audit(at(3), Activities.RESET_SELF_SERVICE, Status.SUCCESS, "", corr, user,
                "203.0.113.9"), "p4");
        importRows(store, "graph-directoryAudits-page1.json", List.of(reset, completed));
        List<ResetAttempt> afterPage1 = attempts();
        assertEquals(1, afterPage1.size());
        assertEquals(at(2), afterPage1.get(0).time());
        long id = store.attempts(EventFilter.NONE, null, PageRequest.first(5)).rows().get(0).id();

        ImportResult page2 = importRows(store, "graph-directoryAudits-page2.json", List.of(completed, started,
                presented));
        assertEquals(2, page2.eventsAdded());
        assertEquals(1, page2.duplicates());
        List<AttemptRow> rows = store.attempts(EventFilter.NONE, null, PageRequest.first(5)).rows();
        assertEquals(1, rows.size());
        ResetAttempt a = rows.get(0).attempt();
        assertEquals(id, rows.get(0).id(), "the attempt keeps its id when a later file completes it");
        assertEquals(List.of("corr:" + corr, user, at(0), Outcome.SUCCEEDED, List.of(Method.MOBILE_PHONE), 4),
                List.of(a.key(), a.user(), a.time(), a.outcome(), a.methods(), a.eventCount()));
        assertEquals(List.of("p4", "p3", "p2", "p1").stream().sorted().collect(Collectors.toList()),
                store.attemptEvents(rows.get(0).id()).stream().map(e -> e.event().sourceId()).sorted()
                        .collect(Collectors.toList()));
    }

    @Test
    void classicRowsAreTheirOwnAttemptsAndFlowEventsWithoutCorrelationStandAlone() {
        importRows(store, "mixed.csv", List.of(
                classicReset(at(0), "a@x.com", null, Outcome.CONTACTED_ADMIN, "", Method.MOBILE_PHONE),
                classicReset(at(0), "b@x.com", null, Outcome.FAILED, "User does not have a license."),
                flow(at(1), "User started the email verification option.", null, "c@x.com"),
                flow(at(2), "User started the email verification option.", null, "c@x.com"),
                audit(at(3), "Update user", Status.SUCCESS, "", "k", "d@x.com", null)));
        List<ResetAttempt> all = attempts();
        assertEquals(List.of(Outcome.CONTACTED_ADMIN, Outcome.FAILED, Outcome.ABANDONED, Outcome.ABANDONED),
                all.stream().map(ResetAttempt::outcome).collect(Collectors.toList()));
        assertEquals("User abandoned after starting the email verification option", all.get(2).details());
        AttemptRow classic = store.attempts(EventFilter.builder().user("b@x").build(), null, PageRequest.first(5))
                .rows().get(0);
        assertEquals(1, store.attemptEvents(classic.id()).size());
        assertEquals(Activities.CLASSIC_RESET, store.attemptEvents(classic.id()).get(0).event().activity());
    }

    @Test
    void anAttemptsRoleIsTheUsersLatestKnownRoleWhicheverFileItCameFrom() {
        importRows(store, "new.csv", List.of(classicReset(at(20), "Isaiah@fabrikam.com", "Helpdesk Administrator",
                Outcome.SUCCEEDED, "", Method.MOBILE_PHONE)));
        importRows(store, "old.csv", List.of(classicReset(at(10), "isaiah@fabrikam.com", "User", Outcome.SUCCEEDED, "",
                Method.MOBILE_PHONE), classicRegistration(at(5), "isaiah@fabrikam.com", "User", Method.OFFICE_PHONE)));
        assertEquals(List.of("Helpdesk Administrator", "Helpdesk Administrator"),
                attempts().stream().map(ResetAttempt::role).collect(Collectors.toList()));
        assertEquals("Helpdesk Administrator", store.registrations(EventFilter.NONE, null, PageRequest.first(5))
                .rows().get(0).role());
        importRows(store, "newest.csv", List.of(classicRegistration(at(30), "ISAIAH@fabrikam.com", "User")));
        assertEquals(List.of("User", "User"), attempts().stream().map(ResetAttempt::role).collect(Collectors.toList()));
        importRows(store, "x.csv", List.of(flow(at(40), "User started the email verification option.", "q",
                "nobody@x.com")));
        assertNull(attempts().get(2).role());
    }

    @Test
    void aStoredEventComesBackWhole() {
        AuditEvent e = withId(audit(at(0), "Update user", Status.FAILURE, "Some reason", "corr-1", "a@x.com",
                "198.51.100.4"), "Directory_abc");
        AuditEvent classic = classicReset(at(1), "b@x.com", "User", Outcome.SUCCEEDED, "",
                Method.SECURITY_QUESTIONS, Method.ALTERNATE_EMAIL);
        importRows(store, "whole.json", List.of(e, classic));
        List<EventRow> rows = store.events(EventFilter.NONE, null, PageRequest.first(5)).rows();
        StoredEvent back = store.event(rows.get(1).id()).orElseThrow();
        assertEquals(e, back.event());
        assertEquals("whole.json", back.importFileName());
        assertEquals(classic, store.event(rows.get(0).id()).orElseThrow().event());
        assertEquals(store.event(-1), java.util.Optional.empty());
    }

    @Test
    void registrationsComeFromClassicRowsAndModernRegistrationEvents() {
        importRows(store, "r.csv", List.of(
                classicRegistration(at(0), "a@x.com", "User", Method.MOBILE_PHONE, Method.ALTERNATE_EMAIL),
                audit(at(1), Activities.REGISTERED, Status.SUCCESS, "", "r1", "b@x.com", null),
                audit(at(2), "User registered security info", Status.SUCCESS, "", "r2", "c@x.com", null)));
        assertEquals(2, store.count(ListKind.REGISTRATIONS, EventFilter.NONE));
        assertEquals(List.of(Method.MOBILE_PHONE, Method.ALTERNATE_EMAIL), store.registrations(EventFilter.NONE,
                new Sort(RegistrationSort.DATE, false), PageRequest.first(5)).rows().get(0).methods());
    }
}
