package com.ssprviewer.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ssprviewer.importer.ExportFormats;
import com.ssprviewer.insight.Summaries;
import com.ssprviewer.insight.Summary;
import com.ssprviewer.model.Outcome;
import com.ssprviewer.sample.SampleGenerator;
import com.ssprviewer.sample.SampleSpec;
import com.ssprviewer.store.imports.ImportStage;
import com.ssprviewer.store.imports.ImportTuning;
import com.ssprviewer.store.query.EventFilter;
import com.ssprviewer.work.Progress;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The summary of all the data, kept in the store and read back while the data is unchanged, answers exactly as the
 * full computation over every attempt does: after imports, a file imported again, retention, forgetting a user and
 * an import killed halfway and cleaned up at the next open.
 */
class KeptSummaryTest {

    /** A window that covers every stored time, so the summary is computed from every row, never read back. */
    private static final EventFilter ALL_TIME = EventFilter.builder().from(Instant.parse("1990-01-01T00:00:00Z"))
            .build();

    @TempDir
    Path dir;

    /** Stands for the process dying: no code of the import runs after it. */
    private static final class Killed extends Error {
        private static final long serialVersionUID = 1L;
    }

    @Test
    void theKeptSummaryAnswersAsTheFullComputationAfterEveryKindOfWrite() throws Exception {
        SampleSpec spec = SampleSpec.defaults();
        List<Path> files = new SampleGenerator(spec).writeAll(dir.resolve("sample"), Progress.NONE);
        Path storeDir = dir.resolve("store");
        Summary first;
        try (Store store = Store.open(storeDir)) {
            importAll(store, files);
            first = sameBothWays(store, spec);
            importAll(store, files);
            assertEquals(first, sameBothWays(store, spec), "a file imported again changes no answer");
            Summary retained = afterWrite(store, spec, () -> store.removeOlderThan(
                    LocalDate.ofInstant(spec.start(), java.time.ZoneOffset.UTC).plusDays(10), true));
            assertTrue(retained.attempts() < first.attempts(), "retention removed attempts");
            String user = retained.registrations().get(0).user();
            Summary forgotten = afterWrite(store, spec, () -> store.forget(user, true));
            assertNotEquals(retained, forgotten, "forgetting a user changes the answers");
            List<String> resetters = new ArrayList<>();
            store.scanAttempts(EventFilter.NONE, a -> {
                if (a.outcome() == Outcome.SUCCEEDED && a.user() != null) {
                    resetters.add(a.user());
                }
            });
            afterWrite(store, spec, () -> store.setAdministrator(resetters.get(0), true));
        }
        Summary beforeKill;
        try (Store store = Store.open(storeDir)) {
            beforeKill = sameBothWays(store, spec);
        }
        try (Store store = Store.open(storeDir, ImportTuning.DEFAULT.withCommitEvery(2).withHook((stage, n) -> {
            if (stage == ImportStage.ROW && n >= 30) {
                throw new Killed();
            }
        }))) {
            Path again = dir.resolve("sample-again");
            List<Path> other = new SampleGenerator(SampleSpec.of(99, 40, 20)).writeAll(again, Progress.NONE);
            assertThrows(Killed.class, () -> importAll(store, other));
        }
        try (Store store = Store.open(storeDir)) {
            assertEquals(beforeKill, sameBothWays(store, spec), "a cleaned-up import leaves the answers as before");
        }
    }

    private Summary afterWrite(Store store, SampleSpec spec, Runnable write) {
        Summary before = sameBothWays(store, spec);
        write.run();
        Summary after = sameBothWays(store, spec);
        assertNotEquals(before, after, "the write changed the data");
        return after;
    }

    /**
     * Computes the summary three ways (kept if present, kept for sure, and from every row) at a moment inside the
     * data and at a moment after it, and checks all agree; returns the one inside the data.
     */
    private static Summary sameBothWays(Store store, SampleSpec spec) {
        Summary inside = null;
        for (Instant asOf : List.of(spec.end().minusSeconds(86_400L * 3), spec.end().plusSeconds(86_400L * 400))) {
            Summary once = Summaries.compute(store, EventFilter.NONE, asOf);
            String stamp = Summaries.keptStamp(store).orElseThrow();
            assertTrue(store.keptAnswer(Summaries.KEPT_KEY, stamp).isPresent(), "the summary is kept");
            Summary kept = Summaries.compute(store, EventFilter.NONE, asOf);
            Summary full = Summaries.compute(store, ALL_TIME, asOf);
            assertEquals(full, once, "computed or read back, at " + asOf);
            assertEquals(full, kept, "read back, at " + asOf);
            inside = inside == null ? full : inside;
        }
        assertTrue(inside.attemptsLast7Days() > 0, "the week inside the data holds attempts");
        return inside;
    }

    @Test
    void anAnswerKeptByOtherCodeIsComputedAgain() throws Exception {
        SampleSpec spec = SampleSpec.defaults();
        List<Path> files = new SampleGenerator(spec).writeAll(dir.resolve("sample-other"), Progress.NONE);
        try (Store store = Store.open(dir.resolve("store-other"))) {
            importAll(store, files);
            Summary full = Summaries.compute(store, ALL_TIME, spec.end());
            Summary kept = Summaries.compute(store, EventFilter.NONE, spec.end());
            String otherCode = store.dataStamp().orElseThrow() + "#an-earlier-release";
            store.keepAnswer(Summaries.KEPT_KEY, otherCode, store.keptAnswer(Summaries.KEPT_KEY,
                    Summaries.keptStamp(store).orElseThrow()).orElseThrow());
            assertTrue(store.keptAnswer(Summaries.KEPT_KEY, Summaries.keptStamp(store).orElseThrow()).isEmpty(),
                    "the answer is kept for the other code only");
            assertEquals(full, Summaries.compute(store, EventFilter.NONE, spec.end()));
            assertEquals(kept, full);
            assertTrue(store.keptAnswer(Summaries.KEPT_KEY, Summaries.keptStamp(store).orElseThrow()).isPresent(),
                    "this code keeps its own answer again");
        }
    }

    private static void importAll(Store store, List<Path> files) {
        for (Path f : files) {
            store.importFile(f, ExportFormats.opener(), null, Progress.NONE);
        }
    }
}
