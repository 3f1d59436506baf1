package com.ssprviewer.store.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.ssprviewer.cli.Cli;
import com.ssprviewer.store.api.Passphrase;
import com.ssprviewer.store.api.StoreException;
import com.ssprviewer.work.Progress;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A passphrase change stopped at any point, by a crash, a failure or a cancel, leaves a store that opens with one of
 * the two passphrases, with every answer it had; the other passphrase is refused without harm, and the next open
 * clears what the change left behind.
 */
class InterruptedPassphraseChangeTest {

    private static final String OLD = "old passphrase";
    private static final String NEW = "new passphrase";

    @TempDir
    Path dir;

    /** What a power cut does: the program stops where it is, without cleaning anything up. */
    private static final class Crash extends Error {
        private static final long serialVersionUID = 1L;
    }

    @ParameterizedTest(name = "a crash once the {0} leaves the store under the {1} passphrase")
    @CsvSource({"salt written, old", "copied, old", "moved, new"})
    void aCrashLeavesTheStoreUnderOneOfTheTwoPassphrases(String step, String under) throws Exception {
        Path store = encryptedStore();
        List<String> before = answers(store, OLD);

        assertThrows(Crash.class, () -> StoreRewrite.change(store, Passphrase.of(OLD), Passphrase.of(NEW),
                Progress.NONE, reached -> {
                    if (reached.equals(step)) {
                        throw new Crash();
                    }
                }));

        String opens = under.equals("old") ? OLD : NEW;
        String refused = under.equals("old") ? NEW : OLD;
        assertEquals(List.of("7"), List.of(String.valueOf(run(store, refused, "summary").exitCode)),
                "the other passphrase is refused");
        assertEquals(before, answers(store, opens));
        assertEquals(before, answers(store, opens), "and keeps opening it once settled");
        assertEquals(List.of("sspr.key", "sspr.mv.db", "sspr.salt"), files(store));
    }

    @Test
    void aFailedOrCancelledRewriteLeavesTheStoreAsItWas() throws Exception {
        Path store = encryptedStore();
        List<String> before = answers(store, OLD);
        assertThrows(StoreException.class, () -> StoreRewrite.change(store, Passphrase.of(OLD),
                Passphrase.of(NEW), Progress.NONE, reached -> {
                    if (reached.equals("copied")) {
                        throw new IOException("No space left on device");
                    }
                }));
        assertEquals(List.of("sspr.key", "sspr.mv.db", "sspr.salt"), files(store), "nothing left behind");
        Progress cancelled = new Progress() {
            @Override
            public void progress(long done, long total) {
                // not shown
            }

            @Override
            public boolean cancelled() {
                return true;
            }
        };
        assertThrows(CancellationException.class, () -> StoreRewrite.change(store, Passphrase.of(OLD), null,
                cancelled));
        assertEquals(List.of("sspr.key", "sspr.mv.db", "sspr.salt"), files(store), "nothing left behind");
        assertEquals(before, answers(store, OLD));
    }

    private Path encryptedStore() throws IOException {
        Path store = dir.resolve("store");
        List<String> args = new ArrayList<>(List.of("import", "--db", store.toString()));
        for (String name : List.of("audit-logs-download.csv", "classic-registration-activity.csv")) {
            Path file = dir.resolve(name);
            try (InputStream in = getClass().getResourceAsStream("/samples/" + name)) {
                Files.copy(in, file);
            }
            args.add(file.toString());
        }
        assertEquals(0, run(store, OLD, args.toArray(String[]::new)).exitCode);
        return store;
    }

    private static List<String> answers(Path store, String passphrase) {
        List<String> out = new ArrayList<>();
        for (String[] args : List.of(new String[] {"summary", "--json", "--as-of", "2025-06-01T00:00:00Z"},
                new String[] {"events", "--format", "csv", "--limit", "100000"},
                new String[] {"registrations", "--format", "csv", "--limit", "100000"})) {
            List<String> all = new ArrayList<>(List.of(args));
            all.addAll(List.of("--db", store.toString()));
            Ran ran = run(store, passphrase, all.toArray(String[]::new));
            assertEquals(0, ran.exitCode, ran.text);
            out.add(ran.text);
        }
        return out;
    }

    private static List<String> files(Path store) throws IOException {
        try (Stream<Path> files = Files.list(store)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> !n.startsWith("sspr.log")).sorted()
                    .toList();
        }
    }

    private record Ran(int exitCode, String text) {
    }

    private static Ran run(Path store, String passphrase, String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        if (!all.contains("--db")) {
            all.addAll(List.of("--db", store.toString()));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);
        int code = new Cli(print, print, Map.of("SSPR_PASSPHRASE", passphrase)).run(all.toArray(String[]::new));
        return new Ran(code, out.toString(StandardCharsets.UTF_8));
    }
}
