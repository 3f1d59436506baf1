package com.ssprviewer.store;

import static com.ssprviewer.store.Fixtures.at;
import static com.ssprviewer.store.Fixtures.audit;
import static com.ssprviewer.store.Fixtures.classicRegistration;
import static com.ssprviewer.store.Fixtures.classicReset;
import static com.ssprviewer.store.Fixtures.importRows;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ssprviewer.model.Activities;
import com.ssprviewer.model.AuditEvent;
import com.ssprviewer.model.Method;
import com.ssprviewer.model.Outcome;
import com.ssprviewer.model.Registration;
import com.ssprviewer.model.Status;
import com.ssprviewer.store.api.AttemptRow;
import com.ssprviewer.store.api.EventRow;
import com.ssprviewer.store.api.ImportResult;
import com.ssprviewer.store.query.EventFilter;
import com.ssprviewer.store.query.EventSort;
import com.ssprviewer.store.query.Landmarks;
import com.ssprviewer.store.query.ListKind;
import com.ssprviewer.store.query.Page;
import com.ssprviewer.store.query.PageRequest;
import com.ssprviewer.store.query.RegistrationSort;
import com.ssprviewer.store.query.Sort;
import com.ssprviewer.store.query.SortField;
import com.ssprviewer.store.query.SortText;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StoreQueryTest {

    private static final String[] USERS = {"alex@fabrikam.com", "Patti@fabrikam.com", "megan@fabrikam.com",
        "isaiah@fabrikam.com", "lee_g@fabrikam.com"};
    private static final String[] REASONS = {"", "User started the email verification option.",
        "User completed the mobile SMS verification option.", "100% done", "FuzzyPolicyViolationInvalidPassword"};

    @TempDir
    static Path dir;
    Store store;
    final List<AuditEvent> events = new ArrayList<>();
    final List<EventRow> all = new ArrayList<>();

    @BeforeAll
    void fill() throws Exception {
        store = Store.open(dir);
        Random r = new Random(7);
        for (int i = 0; i < 160; i++) {
            String user = USERS[r.nextInt(USERS.length)];
            String activity = r.nextInt(4) == 0 ? "Update user" : Activities.FLOW_PROGRESS;
            Status status = r.nextInt(3) == 0 ? Status.FAILURE : Status.SUCCESS;
            String ip = r.nextInt(5) == 0 ? null : "198.51.100." + r.nextInt(4);
            AuditEvent e = audit(at(r.nextInt(40)), activity, status, REASONS[r.nextInt(REASONS.length)],
                    "corr-" + r.nextInt(30), user, ip);
            events.add(activity.equals("Update user") ? inCategory(e, "DirectoryManagement") : e);
        }
        events.add(classicReset(at(3), "patti@fabrikam.com", "Global Administrator", Outcome.SUCCEEDED, "",
                Method.MOBILE_PHONE, Method.ALTERNATE_EMAIL));
        events.add(classicReset(at(5), "alex@fabrikam.com", "User", Outcome.BLOCKED,
                "User tried to verify a phone number too many times and is blocked for 24 hours"));
        events.add(classicRegistration(at(1), "alex@fabrikam.com", "User", Method.SECURITY_QUESTIONS));
        events.add(classicRegistration(at(2), "lee_g@fabrikam.com", "Helpdesk Administrator", Method.OFFICE_PHONE));
        assertEquals(ImportResult.Outcome.IMPORTED, importRows(store, "q.csv", events).outcome());
        all.addAll(store.events(EventFilter.NONE, null, PageRequest.first(1000)).rows());
        assertEquals(events.size(), all.size());
    }

    private static AuditEvent inCategory(AuditEvent e, String category) {
        return new AuditEvent(e.sourceId(), e.kind(), e.time(), e.service(), category, e.activity(), e.status(),
                e.reason(), e.correlationId(), e.operationType(), e.userAgent(), e.actor(), e.targets(),
                e.additionalDetails(), e.role(), e.methods(), e.result());
    }

    @AfterAll
    void close() {
        store.close();
    }

    private List<Long> ids(EventFilter f) {
        return store.events(f, new Sort(EventSort.DATE, false), PageRequest.first(1000)).rows().stream()
                .map(EventRow::id)
                .collect(Collectors.toList());
    }

    private List<Long> expected(java.util.function.Predicate<EventRow> p) {
        return all.stream().filter(p).sorted(Comparator.comparing(EventRow::time).thenComparing(EventRow::id))
                .map(EventRow::id).collect(Collectors.toList());
    }

    private static boolean has(String value, String part) {
        return value != null && value.toLowerCase().contains(part.toLowerCase());
    }

    private void check(EventFilter f, java.util.function.Predicate<EventRow> p) {
        List<Long> want = expected(p);
        assertTrue(!want.isEmpty() && want.size() < all.size(), "the filter must select some but not all: " + f);
        assertEquals(want, ids(f), f.toString());
        assertEquals(want.size(), store.count(ListKind.EVENTS, f));
    }

    @Test
    void everyEventFilterFieldSelectsExactlyTheMatchingEvents() {
        check(EventFilter.builder().from(at(10)).to(at(20)).build(),
            e -> !e.time().isBefore(at(10)) && e.time().isBefore(at(20)));
        check(EventFilter.builder().activities(Set.of("Update user")).build(), e -> e.activity().equals("Update user"));
        check(EventFilter.builder().categories(Set.of("DirectoryManagement")).build(),
            e -> e.category().equals("DirectoryManagement"));
        check(EventFilter.builder().categories(Set.of(Activities.CLASSIC_CATEGORY)).build(),
            e -> e.category().equals(Activities.CLASSIC_CATEGORY));
        check(EventFilter.builder().statuses(Set.of(Status.FAILURE)).build(), e -> e.status() == Status.FAILURE);
        check(EventFilter.builder().user("PATTI").build(),
                e -> has(e.initiatedBy(), "patti") || has(e.target(), "patti"));
        check(EventFilter.builder().initiatedBy("lee_").build(), e -> has(e.initiatedBy(), "lee_"));
        check(EventFilter.builder().target("megan").build(), e -> has(e.target(), "megan"));
        check(EventFilter.builder().text("100%").build(), e -> has(e.reason(), "100%"));
        check(EventFilter.builder().text("198.51.100.3").build(), e -> has(e.ipAddress(), "198.51.100.3"));
        check(EventFilter.builder().correlationId("corr-7").build(), e -> "corr-7".equals(e.correlationId()));
        check(EventFilter.builder().results(Set.of(Outcome.BLOCKED)).build(), e -> e.reason().contains("blocked"));
        check(EventFilter.builder().methods(Set.of(Method.OFFICE_PHONE, Method.ALTERNATE_EMAIL)).build(),
            e -> e.time().equals(at(2)) && e.activity().equals(Activities.CLASSIC_REGISTRATION)
                || e.time().equals(at(3)) && e.activity().equals(Activities.CLASSIC_RESET));
        check(EventFilter.builder().roles(Set.of("global administrator")).build(), e -> has(e.target(), "patti"));
        check(EventFilter.builder().services(Set.of(Activities.SSPR_SERVICE)).statuses(Set.of(Status.SUCCESS))
            .activities(Set.of(Activities.FLOW_PROGRESS, "Update user")).build(),
            e -> e.status() == Status.SUCCESS && e.kind() == com.ssprviewer.model.EventKind.AUDIT);
    }

    @Test
    void everyEventSortFieldOrdersLikeAnIndependentSortBothWays() {
        List<Function<EventRow, Comparable<?>>> keys = List.of(e -> e.time(), EventRow::service, EventRow::category,
                EventRow::activity, e -> e.status().label(), EventRow::reason, e -> text(e.initiatedBy()),
                e -> text(e.target()), e -> text(e.ipAddress()));
        List<SortField> fields = ListKind.EVENTS.sortFields();
        for (int i = 0; i < fields.size(); i++) {
            for (boolean desc : new boolean[] {false, true}) {
                @SuppressWarnings("unchecked")
                Function<EventRow, Comparable<Object>> key =
                        (Function<EventRow, Comparable<Object>>) (Object) keys.get(i);
                Comparator<EventRow> cmp = Comparator.comparing(key).thenComparing(EventRow::time)
                        .thenComparing(EventRow::id);
                List<Long> want = all.stream().sorted(desc ? cmp.reversed() : cmp).map(EventRow::id)
                        .collect(Collectors.toList());
                List<Long> got = store.events(EventFilter.NONE, new Sort(fields.get(i), desc), PageRequest.first(1000))
                        .rows().stream().map(EventRow::id).collect(Collectors.toList());
                assertEquals(want, got, fields.get(i) + (desc ? " desc" : " asc"));
            }
        }
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }

    @Test
    void keysetPagingVisitsTheSameRowsAsOffsetPagingForEverySort() {
        for (ListKind kind : ListKind.values()) {
            for (Sort sort : sorts(kind)) {
                List<Object> byKeyset = new ArrayList<>();
                PageRequest.Cursor cursor = null;
                do {
                    Page<?> p = page(kind, sort, new PageRequest(7, 0, cursor));
                    byKeyset.addAll(p.rows());
                    cursor = p.next();
                } while (cursor != null);
                List<Object> byOffset = byOffset(kind, sort);
                assertEquals(store.count(kind, EventFilter.NONE), byOffset.size(), kind + " " + sort);
                assertEquals(byOffset, byKeyset, kind + " " + sort);
            }
        }
    }

    @Test
    void anOffsetAfterACursorSkipsThatManyRowsAfterItInEverySort() {
        for (ListKind kind : ListKind.values()) {
            for (Sort sort : sorts(kind)) {
                List<Object> all = byOffset(kind, sort);
                for (int row : new int[] {0, 9, all.size() / 2}) {
                    PageRequest.Cursor after = page(kind, sort, new PageRequest(row + 1, 0, null)).next();
                    List<Object> want = all.subList(Math.min(all.size(), row + 4), Math.min(all.size(), row + 9));
                    assertEquals(want, page(kind, sort, new PageRequest(5, 3, after)).rows(),
                            kind + " " + sort + " after row " + row);
                }
            }
        }
    }

    @Test
    void everyPositionReachedFromALandmarkHoldsTheRowsOfThatOffset() {
        store.finishBackgroundWork();
        Set<String> walked = Set.of("EVENTS date", "EVENTS target", "EVENTS ip", "EVENTS initiatedby",
                "ATTEMPTS user", "ATTEMPTS date", "REGISTRATIONS user", "REGISTRATIONS date", "REGISTRATIONS data",
                "POLICY date");
        for (ListKind kind : ListKind.values()) {
            for (Sort sort : sorts(kind)) {
                String list = kind + " " + sort.field().key();
                List<Object> all = byOffset(kind, sort);
                Landmarks marks = store.landmarks(kind, EventFilter.NONE, sort, 3, () -> false);
                assertEquals(walked.contains(list) ? all.size() / 3 : 0, marks.cursors().size(), list);
                for (int at = 0; at < all.size(); at++) {
                    assertEquals(all.subList(at, Math.min(all.size(), at + 4)),
                            page(kind, sort, marks.request(at, 4)).rows(), list + " " + sort + " at " + at);
                }
            }
        }
    }

    /** Each sortable field of the list, both ways. */
    private static List<Sort> sorts(ListKind kind) {
        List<Sort> sorts = new ArrayList<>();
        for (SortField field : kind.sortFields()) {
            sorts.add(new Sort(field, false));
            sorts.add(new Sort(field, true));
        }
        return sorts;
    }

    /** The whole list, read by offset seven rows at a time. */
    private List<Object> byOffset(ListKind kind, Sort sort) {
        List<Object> rows = new ArrayList<>();
        for (long off = 0; ; off += 7) {
            Page<?> p = page(kind, sort, new PageRequest(7, off, null));
            rows.addAll(p.rows());
            if (p.next() == null) {
                return rows;
            }
        }
    }

    private Page<?> page(ListKind kind, Sort sort, PageRequest p) {
        return switch (kind) {
            case EVENTS -> store.events(EventFilter.NONE, sort, p);
            case ATTEMPTS -> store.attempts(EventFilter.NONE, sort, p);
            case REGISTRATIONS -> store.registrations(EventFilter.NONE, sort, p);
            case POLICY -> store.policyChanges(EventFilter.NONE, sort, p);
        };
    }

    @Test
    void sortingByAFieldOutsideTheListIsRefusedNamingTheAllowedFields() {
        assertTrue(SortText.parse("detail; DROP TABLE events").of(ListKind.EVENTS).isEmpty());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> store.attempts(EventFilter.NONE, new Sort(EventSort.SERVICE, false), PageRequest.first(1)));
        assertEquals("Cannot sort attempts by 'service'; sort by one of: user, role, date, methods, result, details.",
                e.getMessage());
        assertTrue(ListKind.EVENTS.cannotSortBy("x").contains("date, service, category"));
    }

    @Test
    void everyAttemptAndRegistrationSortOrdersLikeAnIndependentSort() {
        List<AttemptRow> attempts = store.attempts(EventFilter.NONE, null, PageRequest.first(1000)).rows();
        List<Function<AttemptRow, Comparable<?>>> keys = List.of(a -> text(a.attempt().user()),
                a -> text(a.attempt().role()), a -> a.attempt().time(), a -> Method.join(a.attempt().methods()),
                a -> a.attempt().outcome().label(), a -> a.attempt().details());
        for (int i = 0; i < keys.size(); i++) {
            for (boolean desc : new boolean[] {false, true}) {
                @SuppressWarnings("unchecked")
                Function<AttemptRow, Comparable<Object>> key =
                        (Function<AttemptRow, Comparable<Object>>) (Object) keys.get(i);
                Comparator<AttemptRow> cmp = Comparator.comparing(key)
                        .thenComparing((AttemptRow a) -> a.attempt().time()).thenComparing(AttemptRow::id);
                List<Long> want = attempts.stream().sorted(desc ? cmp.reversed() : cmp).map(AttemptRow::id)
                        .collect(Collectors.toList());
                SortField field = ListKind.ATTEMPTS.sortFields().get(i);
                assertEquals(want, store.attempts(EventFilter.NONE, new Sort(field, desc), PageRequest.first(1000))
                        .rows().stream().map(AttemptRow::id).collect(Collectors.toList()), field.key());
            }
        }
        List<Registration> regs = store.registrations(EventFilter.NONE, null, PageRequest.first(100)).rows();
        assertEquals(2, regs.size());
        Comparator<Registration> byRole = Comparator.comparing((Registration g) -> text(g.role()))
                .thenComparing(Registration::time).thenComparing(Registration::eventId);
        assertEquals(regs.stream().sorted(byRole).collect(Collectors.toList()),
                store.registrations(EventFilter.NONE, new Sort(RegistrationSort.ROLE, false), PageRequest.first(10))
                        .rows());
    }

    @Test
    void attemptFiltersSelectByResultMethodUserRoleTextAndTime() {
        EventFilter blocked = EventFilter.builder().results(Set.of(Outcome.BLOCKED)).build();
        List<AttemptRow> rows = store.attempts(blocked, null, PageRequest.first(100)).rows();
        assertTrue(rows.stream().allMatch(a -> a.attempt().outcome() == Outcome.BLOCKED));
        List<AttemptRow> every = store.attempts(EventFilter.NONE, null, PageRequest.first(1000)).rows();
        long withEmail = every.stream().filter(a -> a.attempt().methods().contains(Method.ALTERNATE_EMAIL)).count();
        assertTrue(withEmail > 0 && withEmail < every.size());
        assertEquals(withEmail, store.count(ListKind.ATTEMPTS,
                EventFilter.builder().methods(Set.of(Method.ALTERNATE_EMAIL)).build()));
        long patti = store.count(ListKind.ATTEMPTS, EventFilter.builder().user("patti").build());
        assertTrue(patti > 1);
        assertEquals(patti, store.count(ListKind.ATTEMPTS, EventFilter.builder().roles(Set.of("GLOBAL administrator"))
                .build()), "every attempt of a user carries the user's latest role");
        assertEquals(patti, store.count(ListKind.ATTEMPTS, EventFilter.builder().text("PATTI@").build()));
        assertEquals(1, store.count(ListKind.ATTEMPTS, EventFilter.builder().correlationId("corr-7").build()));
        assertEquals(2, store.count(ListKind.REGISTRATIONS, EventFilter.builder().from(at(1)).to(at(3)).build()));
        assertEquals(1, store.count(ListKind.REGISTRATIONS, EventFilter.builder().roles(Set.of("user")).build()));
        assertEquals(1, store.count(ListKind.REGISTRATIONS, EventFilter.builder().methods(Set.of(Method.OFFICE_PHONE))
                .build()));
        assertEquals(1, store.count(ListKind.REGISTRATIONS, EventFilter.builder().user("LEE_").build()));
    }

    @Test
    void theDetailsFilterMatchesAttemptsWhoseDetailsAreExactlyOneOfItsTexts() {
        List<AttemptRow> every = store.attempts(EventFilter.NONE, null, PageRequest.first(1000)).rows();
        Map<String, Long> byDetails = every.stream()
                .collect(Collectors.groupingBy(a -> a.attempt().details(), Collectors.counting()));
        assertTrue(byDetails.size() > 1, "the fixture has attempts with different details");
        byDetails.forEach((details, n) -> assertEquals(n, store.count(ListKind.ATTEMPTS,
                EventFilter.builder().details(Set.of(details)).build()), details));
        String some = byDetails.keySet().stream().filter(d -> d.length() > 3).findFirst().orElseThrow();
        assertEquals(0, store.count(ListKind.ATTEMPTS,
                EventFilter.builder().details(Set.of(some.substring(1))).build()), "a part of the text is not it");
        assertEquals(0, store.count(ListKind.ATTEMPTS,
                EventFilter.builder().details(Set.of(some.toUpperCase(java.util.Locale.ROOT))).build()));
        assertEquals(every.size(), store.count(ListKind.ATTEMPTS,
                EventFilter.builder().details(byDetails.keySet()).build()));
    }

    @Test
    void distinctValuesListWhatIsStored() {
        assertEquals(List.of("Failure", "Success"), store.distinctValues("status", EventFilter.NONE));
        assertEquals(List.of(Activities.SSPR_SERVICE), store.distinctValues("service", EventFilter.NONE));
        assertEquals(List.of("Global Administrator", "Helpdesk Administrator", "User"),
                store.distinctValues("role", EventFilter.NONE));
        assertEquals(List.of("Update user"), store.distinctValues("activity",
                EventFilter.builder().activities(Set.of("Update user")).build()));
        assertThrows(IllegalArgumentException.class, () -> store.distinctValues("detail", EventFilter.NONE));
    }

    @Test
    void forEachAttemptStreamsEveryAttemptOldestFirstWithRoles() {
        List<com.ssprviewer.model.ResetAttempt> seen = new ArrayList<>();
        store.forEachAttempt(EventFilter.NONE, seen::add);
        assertEquals(store.count(ListKind.ATTEMPTS, EventFilter.NONE), seen.size());
        for (int i = 1; i < seen.size(); i++) {
            assertTrue(!seen.get(i).time().isBefore(seen.get(i - 1).time()));
        }
        assertTrue(seen.stream().anyMatch(a -> "Global Administrator".equals(a.role())));
        List<Registration> regs = new ArrayList<>();
        store.forEachRegistration(EventFilter.NONE, regs::add);
        assertEquals(List.of("alex@fabrikam.com", "lee_g@fabrikam.com"),
                regs.stream().map(Registration::user).collect(Collectors.toList()));
        assertEquals("User", regs.get(0).role());
    }

    @Test
    void scansGiveTheSameAttemptsAndRegistrationsAsTheTimeOrderedStreamsWithinAnyWindow() {
        EventFilter window = EventFilter.builder().from(at(2)).to(at(30)).build();
        for (EventFilter w : List.of(EventFilter.NONE, window)) {
            List<String> ordered = new ArrayList<>();
            store.forEachAttempt(w, a -> ordered.add(a.toString()));
            List<String> scanned = new ArrayList<>();
            store.scanAttempts(w, a -> scanned.add(a.toString()));
            assertFalse(ordered.isEmpty());
            assertEquals(ordered.stream().sorted().toList(), scanned.stream().sorted().toList());
            List<String> regs = new ArrayList<>();
            store.forEachRegistration(w, r -> regs.add(r.toString()));
            List<String> scannedRegs = new ArrayList<>();
            store.scanRegistrations(w, r -> scannedRegs.add(r.toString()));
            assertEquals(regs.stream().sorted().toList(), scannedRegs.stream().sorted().toList());
        }
    }
}
