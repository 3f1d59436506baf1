package com.ssprviewer.ui.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.ssprviewer.store.Store;
import com.ssprviewer.store.api.ImportResult;
import com.ssprviewer.store.api.ImportResult.Outcome;
import com.ssprviewer.store.query.EventFilter;
import com.ssprviewer.store.query.ListKind;
import com.ssprviewer.ui.common.AppLanguage;
import com.ssprviewer.ui.common.I18n;
import com.ssprviewer.ui.common.ProgressUpdate;
import com.ssprviewer.ui.common.Tasks;
import com.ssprviewer.work.Progress;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportJobTest {
    static final Path SAMPLES = Path.of("src", "test", "resources", "samples");

    @TempDir
    Path tmp;

    @BeforeEach
    void english() {
        I18n.setLocale(AppLanguage.ENGLISH.locale());
    }

    @Test
    void filesImportOneAfterAnotherAndSayWhichIsRead() throws Exception {
        Recorder reporter = new Recorder(Integer.MAX_VALUE);
        try (Store store = Store.open(tmp.resolve("store"))) {
            List<ImportResult> results = ImportJob.importAll(store,
                    List.of(SAMPLES.resolve("broken-rows.csv"), SAMPLES.resolve("classic-registration-activity.csv")),
                    reporter);

            assertEquals(List.of(Outcome.IMPORTED, Outcome.IMPORTED),
                    results.stream().map(ImportResult::outcome).toList());
            assertEquals(36, store.count(ListKind.EVENTS, EventFilter.NONE));
        }
        assertEquals(List.of("Importing 1 of 2: broken-rows.csv",
                "Importing 2 of 2: classic-registration-activity.csv"), reporter.messages);
    }

    @Test
    void aCancelKeepsTheFilesBeforeAndSkipsTheRest() throws Exception {
        Recorder reporter = new Recorder(1);
        try (Store store = Store.open(tmp.resolve("store"))) {
            List<ImportResult> results = ImportJob.importAll(store, List.of(SAMPLES.resolve("broken-rows.csv"),
                    SAMPLES.resolve("classic-registration-activity.csv"), SAMPLES.resolve("audit-logs-download.csv")),
                    reporter);

            assertEquals(List.of(Outcome.IMPORTED, Outcome.CANCELED, Outcome.CANCELED),
                    results.stream().map(ImportResult::outcome).toList());
            assertEquals(6, store.count(ListKind.EVENTS, EventFilter.NONE));
            assertEquals(1, store.imports().size());
            assertEquals("Import canceled: the file being read was undone; 1 file was imported before it.",
                    ImportTexts.statusLine(results));
        }
    }

    @Test
    void anImportsProgressReachesTheWindowCoalescedUnderItsFileLine() throws Exception {
        List<Runnable> queued = new ArrayList<>();
        List<ProgressUpdate> delivered = new ArrayList<>();
        try (Store store = Store.open(tmp.resolve("store"))) {
            Tasks.createReporting(progress -> ImportJob.importAll(store,
                    List.of(SAMPLES.resolve("classic-registration-activity.csv")), progress))
                    .onProgress(delivered::add).callbacksOn(queued::add).runOnce(Tasks.sameThread());
        }

        queued.forEach(Runnable::run);

        assertEquals(List.of(new ProgressUpdate(1.0, "Importing 1 of 1: classic-registration-activity.csv")),
                delivered);
    }

    @Test
    void sizesReadAtAGlance() {
        assertEquals("812 B", ImportTexts.size(812));
        assertEquals("4.2 MB", ImportTexts.size(4_400_000));
    }

    /** Records messages and reports "cancelled" once {@code filesBeforeCancel} files have started. */
    private static final class Recorder implements Progress {
        final List<String> messages = new ArrayList<>();
        private final int filesBeforeCancel;

        Recorder(int filesBeforeCancel) {
            this.filesBeforeCancel = filesBeforeCancel;
        }

        @Override
        public void progress(long done, long total) {
            // progress is not what these tests check
        }

        @Override
        public void message(String text) {
            messages.add(text);
        }

        @Override
        public boolean cancelled() {
            return messages.size() > filesBeforeCancel;
        }
    }
}
