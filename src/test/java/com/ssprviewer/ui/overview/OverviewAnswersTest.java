package com.ssprviewer.ui.overview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ssprviewer.insight.AdminSelfResets;
import com.ssprviewer.insight.Summaries;
import com.ssprviewer.insight.Summary;
import com.ssprviewer.model.Method;
import com.ssprviewer.model.Outcome;
import com.ssprviewer.store.Store;
import com.ssprviewer.store.query.EventFilter;
import com.ssprviewer.store.query.ListKind;
import com.ssprviewer.ui.common.ValueNames;
import com.ssprviewer.ui.lists.SampleStore;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Overview's numbers, series and drill-down filters against the store, without a window. */
class OverviewAnswersTest {
    static final Instant AS_OF = Instant.parse("2025-03-20T00:00:00Z");
    @TempDir
    static Path dir;
    static Store store;
    static OverviewData data;

    @BeforeAll
    static void fill() {
        store = SampleStore.samples(dir);
        data = OverviewLoader.load(store, EventFilter.NONE, AS_OF, ZoneOffset.UTC);
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @Test
    void theOverviewComputesTheSameSummaryAsTheCommandLine() {
        Summary expected = Summaries.compute(store, EventFilter.NONE, AS_OF);
        assertEquals(expected, data.summary());
        assertEquals(104, data.summary().attempts());
        assertEquals(259, data.summary().events());
    }

    @Test
    void everyTileOpensAListCountingExactlyItsNumber() {
        for (OverviewTile tile : OverviewTile.values()) {
            assertTrue(tile.exact(), tile.name());
            if (tile == OverviewTile.POLICY_CHANGES) {
                // these samples change no policy; PolicyChangesTest checks the tile on the policy sample
                assertEquals(0, data.policyChanges());
                assertEquals(0, count(Drilldowns.forTile(tile, data)));
                continue;
            }
            long number = number(tile, data.summary());
            assertTrue(number > 0, "the samples give " + tile + " a number to check");
            assertEquals(number, count(Drilldowns.forTile(tile, data)), tile.name());
        }
    }

    @Test
    void theDataTileOpensTheUsersWhoseLatestDataIncludesItsMethodNotTheirRegistrationRows() {
        Method top = Drilldowns.top(data.summary().dataRegistered());
        Drill drill = Drilldowns.forTile(OverviewTile.DATA_REGISTERED, data);
        assertEquals(Drill.Target.REGISTERED_USERS, drill.target());
        long rows = store.count(ListKind.REGISTRATIONS, EventFilter.builder()
                .statuses(java.util.Set.of(com.ssprviewer.model.Status.SUCCESS)).methods(java.util.Set.of(top))
                .build());
        assertTrue(rows > data.summary().dataRegistered().get(top),
                "the samples register the top method more often than by distinct users: " + rows);
        RegisteredUsersBlade.matching(data.summary().registrations(), data.registeredData(), drill.filter().methods())
                .forEach(u -> assertTrue(data.registeredData().get(u.user()).contains(top), u.user()));
    }

    @Test
    void everyProblemOpensExactlyTheAttemptsItCounts() {
        long failed = data.summary().attempts() - data.summary().outcomes().get(Outcome.SUCCEEDED);
        assertEquals(failed, data.summary().problems().stream().mapToLong(p -> p.count()).sum());
        data.summary().problems().forEach(p ->
                assertEquals(p.count(), count(Drilldowns.problem(data, p)), p.details()));
    }

    @Test
    void withoutAdministratorSelfResetsTheAdminListIsEmptyToo() {
        OverviewData none = data.outcomesPerDay().entrySet().stream()
                .filter(e -> e.getValue().get(Outcome.SUCCEEDED) > 0)
                .map(e -> OverviewLoader.load(store, EventFilter.builder()
                        .from(e.getKey().atStartOfDay(ZoneOffset.UTC).toInstant())
                        .to(e.getKey().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant()).build(),
                        AS_OF, ZoneOffset.UTC))
                .filter(d -> d.summary().adminSelfResets().isEmpty())
                .findFirst().orElseThrow();
        assertTrue(none.summary().outcomes().get(Outcome.SUCCEEDED) > 0, "a day with users' resets only");
        assertEquals(0, count(Drilldowns.forTile(OverviewTile.ADMIN_RESETS, none)));
    }

    @Test
    void theOutcomeShareSumsToEveryAttemptAndEachSliceOpensItsAttempts() {
        List<ChartPoint> share = ChartModels.outcomeShare(data);
        assertEquals(data.summary().attempts(), share.stream().mapToLong(ChartPoint::value).sum());
        for (ChartPoint p : share) {
            assertEquals(p.value(), count(p.drill()), p.label());
        }
        assertFalse(share.stream().anyMatch(p -> p.value() == 0));
    }

    @Test
    void outcomesPerDayAddUpToTheOutcomesAndEachBarOpensItsAttempts() {
        Map<Outcome, List<ChartPoint>> perDay = ChartModels.outcomesPerDay(data);
        for (Outcome o : Outcome.values()) {
            List<ChartPoint> points = perDay.get(o);
            assertEquals(data.summary().outcomes().get(o), points.stream().mapToLong(ChartPoint::value).sum(),
                    o.label());
            for (ChartPoint p : points) {
                assertEquals(p.value(), count(p.drill()), o + " on " + p.label());
            }
        }
    }

    @Test
    void theTimeChartsSkipNoDayBetweenTheirFirstAndLast() {
        for (List<ChartPoint> points : List.of(ChartModels.outcomesPerDay(data).get(Outcome.SUCCEEDED),
                ChartModels.registrationsOverTime(data))) {
            for (int i = 1; i < points.size(); i++) {
                assertEquals(LocalDate.parse(points.get(i - 1).label()).plusDays(1),
                        LocalDate.parse(points.get(i).label()));
            }
        }
        List<ChartPoint> days = ChartModels.outcomesPerDay(data).get(Outcome.SUCCEEDED);
        assertTrue(days.size() > data.outcomesPerDay().size(), "the samples have days without attempts");
    }

    @Test
    void aRefusedPasswordsCodeReadsAsWhatItMeans() {
        assertEquals("The new password was refused as too common or weak (FuzzyPolicyViolationInvalidPassword)",
                ValueNames.problem("FuzzyPolicyViolationInvalidPassword"));
        assertEquals("User canceled", ValueNames.problem("User canceled"));
    }

    @Test
    void methodBarsEqualTheSummaryAndOpenTheirAttempts() {
        for (ChartPoint p : ChartModels.methods(data)) {
            Method m = Method.parse(p.label()).orElseThrow();
            assertEquals(data.summary().methods().get(m), p.value());
            assertEquals(p.value(), count(p.drill()), p.label());
        }
        assertEquals(data.summary().methods().values().stream().filter(n -> n > 0).count(),
                ChartModels.methods(data).size());
    }

    @Test
    void dataRegisteredBarsEqualTheSummary() {
        for (ChartPoint p : ChartModels.dataRegistered(data)) {
            assertEquals(data.summary().dataRegistered().get(Method.parse(p.label()).orElseThrow()), p.value());
            assertEquals(p.value(), count(p.drill()), "the users behind " + p.label());
        }
        // 22 users of the classic report, and renee.oconnor, whose audit registration session registered Mobile Phone
        assertEquals(23, ChartModels.dataRegistered(data).stream()
                .filter(p -> p.label().equals("Mobile Phone")).findFirst().orElseThrow().value());
    }

    @Test
    void topProblemsAreTheSummarysFirstProblems() {
        List<ChartPoint> problems = ChartModels.topProblems(data);
        assertEquals(Math.min(ChartModels.TOP_PROBLEMS, data.summary().problems().size()), problems.size());
        for (int i = 0; i < problems.size(); i++) {
            assertEquals(data.summary().problems().get(i).count(), problems.get(i).value());
            assertEquals(problems.get(i).value(), count(problems.get(i).drill()));
        }
    }

    @Test
    void registrationsPerDayOpenTheirRegistrations() {
        long successful = count(new Drill(Drill.Target.REGISTRATIONS, EventFilter.builder()
                .statuses(java.util.Set.of(com.ssprviewer.model.Status.SUCCESS)).build()));
        List<ChartPoint> days = ChartModels.registrationsOverTime(data);
        assertEquals(successful, days.stream().mapToLong(ChartPoint::value).sum());
        for (ChartPoint p : days) {
            assertEquals(p.value(), count(p.drill()), p.label());
        }
    }

    @Test
    void suspiciousFindingsOpenTheAttemptsTheyCount() {
        assertFalse(data.summary().suspicious().isEmpty());
        data.summary().suspicious().forEach(f -> {
            long n = store.count(ListKind.ATTEMPTS, SuspiciousTexts.events(f, EventFilter.NONE));
            if (f.rule().equals(SuspiciousTexts.BLOCKED) || f.rule().equals(SuspiciousTexts.REPEATED_FAILURES)) {
                assertEquals(f.count(), n, f.toString());
            } else {
                assertTrue(n >= 1, f.toString());
            }
        });
    }

    @Test
    void everyRuleHasWordsInTheBundles() {
        com.ssprviewer.insight.SuspiciousActivity.explanations().keySet().forEach(rule -> {
            assertFalse(SuspiciousTexts.name(rule).equals(rule), rule);
            assertFalse(SuspiciousTexts.explanation(rule).isEmpty(), rule);
        });
    }

    /** The number a tile shows (for "most used method", the count its context line gives). */
    static long number(OverviewTile tile, Summary s) {
        switch (tile) {
            case REGISTERED_USERS:
                return s.registeredUsers();
            case WHO_REGISTERED:
                return s.registrations().size();
            case DATA_REGISTERED:
                return s.dataRegistered().get(Drilldowns.top(s.dataRegistered()));
            case RESETS:
                return s.resetsLast7Days();
            case METHODS:
                return s.methods().get(Drilldowns.top(s.methods()));
            case PROBLEMS:
                return s.problems().get(0).count();
            case ADMIN_RESETS:
                return s.adminSelfResets().stream().mapToLong(AdminSelfResets::count).sum();
            default:
                return s.suspicious().size();
        }
    }

    /** The rows of the list or blade the drill opens, as it counts them. */
    private static long count(Drill d) {
        switch (d.target()) {
            case REGISTRATIONS:
                return store.count(ListKind.REGISTRATIONS, d.filter());
            case RESETS:
                return store.count(ListKind.ATTEMPTS, d.filter());
            case POLICY:
                return store.count(ListKind.POLICY, d.filter());
            case REGISTERED_USERS:
                return RegisteredUsersBlade.matching(data.summary().registrations(), data.registeredData(),
                        d.filter().methods()).size();
            default:
                return data.summary().suspicious().size();
        }
    }
}
