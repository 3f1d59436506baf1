package com.ssprviewer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An import killed at any moment ({@code kill -9}, a power cut) leaves a store that holds data answering exactly as
 * before the file whose line was not printed yet, or exactly as a clean import of it: never anything in between. The
 * moments are random: anywhere from the start, and in the work after the last file's line (the sort key, the
 * store's upkeep, the compaction at close). Each run draws new moments from a seed printed with any failure;
 * {@code -Dkilled.seed=N} replays one.
 */
class KilledImportsTest {

    private static final String AS_OF = "2025-03-26T00:00:00Z";
    private static final int KILLS = 6;

    @TempDir
    static Path dir;
    private static Path base;
    private static String[] files;
    /** The store's answers after 0, 1 and 2 of the files, imported cleanly. */
    private static final List<String> ANSWERS = new ArrayList<>();

    @BeforeAll
    static void aStoreThatHoldsData() throws Exception {
        Path exports = dir.resolve("exports");
        assertEquals(0, CliRun.of("sample", "--out", exports.toString(), "--users", "300", "--days", "14",
                "--seed", "17").exitCode());
        base = dir.resolve("base");
        assertEquals(0, CliRun.of("import", "--db", base.toString(),
                exports.resolve("classic-registration-activity.csv").toString(),
                exports.resolve("user-registration-details-2025-03-01.json").toString()).exitCode());
        files = new String[] {exports.resolve("audit-logs-week1.csv").toString(),
            exports.resolve("user-registration-details-2025-04-01.csv").toString()};
        ANSWERS.add(answers(base));
        for (int n = 1; n <= files.length; n++) {
            Path clean = copyOfBase("clean" + n);
            List<String> args = new ArrayList<>(List.of("import", "--db", clean.toString()));
            args.addAll(List.of(files).subList(0, n));
            assertEquals(0, CliRun.of(args.toArray(String[]::new)).exitCode());
            ANSWERS.add(answers(clean));
        }
        assertEquals(3, ANSWERS.stream().distinct().count(), "each file changes the answers");
    }

    @Test
    void aStoreKilledAtRandomMomentsOfAnImportAnswersAsBeforeTheUnreportedFileOrAsACleanImport() throws Exception {
        long seed = Long.getLong("killed.seed", System.nanoTime());
        Random random = new Random(seed);
        long[] timing = cleanRunTiming();
        for (int kill = 0; kill < KILLS; kill++) {
            boolean afterLastLine = kill % 2 == 1;
            long delay = afterLastLine ? (long) (random.nextDouble() * (timing[1] - timing[0]))
                    : (long) (random.nextDouble() * timing[1]);
            String moment = (afterLastLine ? delay + " ms after the last line" : delay + " ms after the start")
                    + " (seed " + seed + ", replay with -Dkilled.seed=" + seed + ")";
            Path store = copyOfBase("killed" + kill);
            int printed = killed(store, afterLastLine, delay);
            String after;
            try {
                after = answers(store);
            } catch (AssertionError e) {
                throw new AssertionError("killed " + moment + " with " + printed + " file(s) reported, the store"
                        + " cannot answer: " + e.getMessage(), e);
            }
            boolean asReported = after.equals(ANSWERS.get(printed));
            boolean nextAlsoDone = printed < files.length && after.equals(ANSWERS.get(printed + 1));
            if (!asReported && !nextAlsoDone) {
                fail("killed " + moment + " with " + printed + " file(s) reported, the store answers neither as"
                        + " before the next file nor as a clean import of it.\n" + difference(after, printed)
                        + "\nThe killed import printed:\n" + Files.readString(dir.resolve(store.getFileName() + ".out"))
                        + Files.readString(dir.resolve(store.getFileName() + ".err")));
            }
        }
    }

    /** Where an answer first parts from each expected one: the command, the line number and both lines. */
    private static String difference(String after, int printed) {
        StringBuilder out = new StringBuilder();
        for (int n = printed; n <= Math.min(printed + 1, files.length); n++) {
            String[] got = after.split("\n", -1);
            String[] want = ANSWERS.get(n).split("\n", -1);
            int line = 0;
            while (line < got.length && line < want.length && got[line].equals(want[line])) {
                line++;
            }
            out.append("against the answers after ").append(n).append(" file(s): line ").append(line + 1)
                    .append(" of ").append(want.length).append(" (").append(section(want, line)).append(")\n  want: ")
                    .append(line < want.length ? want[line] : "<end>").append("\n  got:  ")
                    .append(line < got.length ? got[line] : "<end>").append('\n');
        }
        return out.toString();
    }

    /** Which of the three answers a line belongs to: the events start at their CSV header, the coverage after. */
    private static String section(String[] lines, int at) {
        String name = "summary";
        for (int i = 0; i <= Math.min(at, lines.length - 1); i++) {
            if (lines[i].startsWith("date,service,")) {
                name = "events";
            } else if (i > 0 && lines[i].equals("{") && "events".equals(name)) {
                name = "coverage";
            }
        }
        return name;
    }

    /** A clean run's time from start to its last line, and to its end (ms), to draw kill moments from. */
    private static long[] cleanRunTiming() throws Exception {
        Path store = copyOfBase("timed");
        Path out = dir.resolve("timed.out");
        long start = System.nanoTime();
        Process p = CliProcess.startWritingTo(out, dir.resolve("timed.err"), importArgs(store));
        long lastLine = waitForLines(p, out, files.length);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the import ends");
        long end = (System.nanoTime() - start) / 1_000_000;
        assertEquals(0, p.exitValue(), Files.readString(dir.resolve("timed.err")));
        return new long[] {(lastLine - start) / 1_000_000, end};
    }

    /** Kills an import of the files into the store after the delay; returns how many files it had reported. */
    private static int killed(Path store, boolean afterLastLine, long delayMillis) throws Exception {
        Path out = dir.resolve(store.getFileName() + ".out");
        Process p = CliProcess.startWritingTo(out, dir.resolve(store.getFileName() + ".err"), importArgs(store));
        try {
            if (afterLastLine) {
                waitForLines(p, out, files.length);
            }
            p.waitFor(delayMillis, TimeUnit.MILLISECONDS);
        } finally {
            p.destroyForcibly();
            p.waitFor(30, TimeUnit.SECONDS);
        }
        return reported(out);
    }

    /** Waits until the process printed the given number of files' lines (or ended); returns when, in nanos. */
    private static long waitForLines(Process p, Path out, int lines) throws Exception {
        while (reported(out) < lines && p.isAlive()) {
            Thread.sleep(2);
        }
        return System.nanoTime();
    }

    private static int reported(Path out) throws IOException {
        try (Stream<String> lines = Files.lines(out)) {
            return (int) lines.filter(l -> l.contains(": imported,")).count();
        }
    }

    private static String[] importArgs(Path store) {
        List<String> args = new ArrayList<>(List.of("import", "--db", store.toString()));
        args.addAll(List.of(files));
        return args.toArray(String[]::new);
    }

    private static String answers(Path store) throws IOException {
        return run(store, "summary", "--db", store.toString(), "--as-of", AS_OF, "--json")
                + run(store, "events", "--db", store.toString(), "--format", "csv")
                + run(store, "coverage", "--db", store.toString(), "--json");
    }

    private static String run(Path store, String... args) throws IOException {
        CliRun run = CliRun.of(args);
        Path log = store.resolve("sspr.log");
        assertEquals(0, run.exitCode(), () -> run.err() + (Files.exists(log) ? readLog(log) : ""));
        return run.out();
    }

    private static String readLog(Path log) {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            return e.toString();
        }
    }

    private static Path copyOfBase(String name) throws IOException {
        Path copy = dir.resolve(name);
        Files.createDirectories(copy);
        try (Stream<Path> files = Files.list(base)) {
            for (Path f : files.toList()) {
                Files.copy(f, copy.resolve(f.getFileName()));
            }
        }
        return copy;
    }
}
