package com.ssprviewer.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ssprviewer.importer.ExportFormats;
import com.ssprviewer.model.Method;
import com.ssprviewer.model.Registration;
import com.ssprviewer.model.ResetAttempt;
import com.ssprviewer.store.api.AttemptRow;
import com.ssprviewer.store.api.EventRow;
import com.ssprviewer.store.query.EventFilter;
import com.ssprviewer.store.query.ListKind;
import com.ssprviewer.store.query.PageRequest;
import com.ssprviewer.work.Progress;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** Every operator of the search, per list, against the rows the samples give, read one by one. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FreeTextSearchTest {

    @TempDir
    static Path dir;
    Store store;
    List<EventRow> events;
    List<AttemptRow> attempts;
    List<Registration> registrations;

    @BeforeAll
    void fill() throws Exception {
        store = Store.open(dir.resolve("store"));
        for (String name : new String[] {"audit-logs-download.csv", "classic-password-reset-activity.csv",
            "classic-registration-activity.csv", "sspr-policy-changes.json"}) {
            store.importFile(RegistrationSnapshotImportTest.sample(dir, name), ExportFormats.opener(),
                    Progress.NONE);
        }
        store.finishBackgroundWork();
        events = store.events(EventFilter.NONE, null, PageRequest.first(100_000)).rows();
        attempts = store.attempts(EventFilter.NONE, null, PageRequest.first(100_000)).rows();
        registrations = store.registrations(EventFilter.NONE, null, PageRequest.first(100_000)).rows();
    }

    @AfterAll
    void close() {
        store.close();
    }

    private static boolean has(String value, String part) {
        return value != null && value.toLowerCase(Locale.ROOT).contains(part.toLowerCase(Locale.ROOT));
    }

    private static boolean anyEventColumn(EventRow e, String part) {
        return Stream.of(e.service(), e.category(), e.activity(), e.status().code(), e.reason(), e.initiatedBy(),
                e.target(), e.ipAddress()).anyMatch(v -> has(v, part));
    }

    private static boolean user(EventRow e, String part) {
        return has(e.initiatedBy(), part) || has(e.target(), part);
    }

    private void events(String typed, Predicate<EventRow> expected) {
        List<Long> want = events.stream().filter(expected).map(EventRow::id).toList();
        EventFilter f = EventFilter.builder().text(typed).build();
        List<Long> got = store.events(f, null, PageRequest.first(100_000)).rows().stream().map(EventRow::id).toList();
        assertEquals(want, got, typed);
        assertEquals(want.size(), store.count(ListKind.EVENTS, f), typed);
    }

    private void attempts(String typed, Predicate<ResetAttempt> expected) {
        List<Long> want = attempts.stream().filter(a -> expected.test(a.attempt())).map(AttemptRow::id).toList();
        EventFilter f = EventFilter.builder().text(typed).build();
        assertEquals(want, store.attempts(f, null, PageRequest.first(100_000)).rows().stream().map(AttemptRow::id)
                .toList(), typed);
        assertEquals(want.size(), store.count(ListKind.ATTEMPTS, f), typed);
    }

    private void registrations(String typed, Predicate<Registration> expected) {
        List<Long> want = registrations.stream().filter(expected).map(Registration::eventId).toList();
        EventFilter f = EventFilter.builder().text(typed).build();
        assertEquals(want, store.registrations(f, null, PageRequest.first(100_000)).rows().stream()
                .map(Registration::eventId).toList(), typed);
    }

    @Test
    void wordsMustAllMatchSomewhereInTheEvent() {
        events("alex SMS", e -> anyEventColumn(e, "alex") && anyEventColumn(e, "sms"));
        assertFalse(events.stream().filter(e -> anyEventColumn(e, "alex") && anyEventColumn(e, "sms")).toList()
                .isEmpty());
    }

    @Test
    void aPhraseMatchesWithItsSpacesOnly() {
        events("\"mobile SMS verification\"", e -> anyEventColumn(e, "mobile sms verification"));
        events("\"SMS mobile\"", e -> false);
    }

    @Test
    void anExclusionLeavesOutWhatMatchesIt() {
        events("reset -alex.wilber", e -> anyEventColumn(e, "reset") && !anyEventColumn(e, "alex.wilber"));
        events("-\"verification option\"", e -> !anyEventColumn(e, "verification option"));
        attempts("-sms", a -> !Stream.of(a.user(), a.role(), Method.join(a.methods()), a.outcome().code(),
                a.details(), a.ipAddress()).anyMatch(v -> has(v, "sms")));
    }

    @Test
    void aWordThatIsNowhereFindsNothingAndExcludingItLeavesEverything() {
        events("zzqx-nowhere", e -> false);
        events("-zzqx-nowhere", e -> true);
        attempts("zzqx-nowhere", a -> false);
    }

    @Test
    void aTermEveryValueOfAColumnHoldsMatchesEveryRowAndExcludingItLeavesNone() {
        events("e", e -> anyEventColumn(e, "e"));
        events("-e", e -> !anyEventColumn(e, "e"));
        events("fabrikam", e -> anyEventColumn(e, "fabrikam"));
        attempts("-e", a -> false);
    }

    @Test
    void userLooksAtInitiatedByAndTargetOfEventsAndAtTheUserOfAttemptsAndRegistrations() {
        events("user:ALEX.wilber", e -> user(e, "alex.wilber"));
        events("user:\"successfully\"", e -> false);
        attempts("user:alex", a -> has(a.user(), "alex"));
        registrations("user:alex", g -> has(g.user(), "alex"));
    }

    @Test
    void targetIpActivityResultAndDetailsLookInTheirColumnOnly() {
        events("target:irvin", e -> has(e.target(), "irvin"));
        events("ip:203.0.113", e -> has(e.ipAddress(), "203.0.113"));
        events("activity:\"reset password\"", e -> has(e.activity(), "reset password"));
        events("result:failure", e -> has(e.status().code(), "failure"));
        events("details:\"verification options\"", e -> has(e.reason(), "verification options"));
        attempts("ip:192.0.2", a -> has(a.ipAddress(), "192.0.2"));
        attempts("result:fail", a -> has(a.outcome().code(), "fail"));
        attempts("details:blocked", a -> has(a.details(), "blocked"));
        registrations("activity:register", g -> has(g.activity(), "register"));
        registrations("result:success", g -> has(g.status().code(), "success"));
        registrations("details:phone", g -> has(Method.join(g.methods()), "phone"));
    }

    @Test
    void aFieldAListDoesNotHaveMatchesNothingThere() {
        attempts("target:alex", a -> false);
        attempts("activity:reset", a -> false);
        registrations("ip:1", g -> false);
        registrations("target:alex", g -> false);
    }

    @Test
    void aCorrelationIdMatchesWholeNotAsAPartOfIt() {
        String corr = events.stream().map(EventRow::correlationId).filter(c -> c != null && c.length() == 36)
                .findFirst().orElseThrow();
        events(corr.toUpperCase(Locale.ROOT), e -> corr.equals(e.correlationId()) || anyEventColumn(e, corr));
        assertTrue(store.count(ListKind.EVENTS, EventFilter.builder().text(corr).build()) > 0);
        events(corr.substring(0, 13), e -> anyEventColumn(e, corr.substring(0, 13)));
    }

    @Test
    void anUnknownFieldIsPlainTextAndAnUnclosedQuoteRunsToTheEnd() {
        events("foo:bar", e -> anyEventColumn(e, "foo:bar"));
        events("\"mobile sms", e -> anyEventColumn(e, "mobile sms"));
    }
}
