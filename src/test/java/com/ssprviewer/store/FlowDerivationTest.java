package com.ssprviewer.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ssprviewer.importer.ExportFormats;
import com.ssprviewer.model.ResetAttempt;
import com.ssprviewer.store.api.StoreException;
import com.ssprviewer.store.imports.ImportTuning;
import com.ssprviewer.store.query.EventFilter;
import com.ssprviewer.work.Progress;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Attempts come out the same whether an import derives them from its own events in memory (nothing stored near its
 * time range) or reads every flow event back from the store (the way overlapping and huge imports go).
 */
class FlowDerivationTest {

    private static final String[] FILES = {"audit-logs-download.csv", "audit-logs-download.json",
        "graph-directoryAudits-page1.json", "graph-directoryAudits-page2.json"};

    @TempDir
    Path dir;

    @Test
    void attemptsDerivedInMemoryEqualThoseReadBackFromTheStore() {
        for (String file : FILES) {
            List<String> inMemory = attempts(dir.resolve("memory-" + file), ImportTuning.DEFAULT, file);
            List<String> readBack = attempts(dir.resolve("scan-" + file), ImportTuning.DEFAULT.withFlowMemory(0),
                    file);
            assertTrue(inMemory.size() > 3, file + " has flows");
            assertEquals(readBack, inMemory, file);
        }
    }

    @Test
    void aFileWithMoreFlowEventsThanTheLimitStillDerivesEveryAttempt() {
        String file = "audit-logs-download.csv";
        assertEquals(attempts(dir.resolve("a"), ImportTuning.DEFAULT, file),
                attempts(dir.resolve("b"), ImportTuning.DEFAULT.withFlowMemory(5), file));
    }

    private static List<String> attempts(Path store, ImportTuning tuning, String file) {
        try (Store s = Store.open(store, tuning)) {
            s.importFile(Path.of("src/test/resources/samples", file), ExportFormats.opener(), Progress.NONE);
            List<String> out = new ArrayList<>();
            s.forEachAttempt(EventFilter.NONE, (ResetAttempt a) -> out.add(a.toString()));
            return out;
        } catch (StoreException e) {
            throw new IllegalStateException(e);
        }
    }
}
