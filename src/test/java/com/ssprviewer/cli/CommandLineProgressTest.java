package com.ssprviewer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ssprviewer.sample.SampleGenerator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code import} as a scheduled task or a person at a terminal runs it, as a whole process: it shows how far it got
 * on stderr (plain lines in a log, one line rewritten in place on a terminal), {@code --quiet} silences that, and
 * Ctrl+C or the system ending the process cancels the file being read, leaves the store answering exactly as before
 * and exits 130.
 */
class CommandLineProgressTest {

    private static final String AS_OF = "2025-04-01T00:00:00Z";
    /** Progress every 200 ms instead of every 5 s, so a test need not import for long. */
    private static final List<String> OFTEN = List.of("-D" + CommandProgress.EVERY_PROPERTY + "=200");
    private static final Pattern PLAIN_LINE = Pattern.compile(
            "big\\.csv( \\(1 of 2\\))?: [0-9,]+ rows, .*\\d+%, \\d+:\\d\\d elapsed.*");

    @TempDir
    static Path dir;
    private static Path big;
    private static Path medium;
    private static Path small;

    @BeforeAll
    static void exports() throws IOException {
        big = dir.resolve("big.csv");
        SampleGenerator.writeAuditCsv(big, 150_000, 5);
        medium = dir.resolve("medium.csv");
        SampleGenerator.writeAuditCsv(medium, 20_000, 5);
        small = Samples.copy(dir, "audit-logs-download.csv");
    }

    @Test
    void aLongImportWritesPlainProgressLinesToItsLogAndItsResultLinesAsAlways() throws Exception {
        CliProcess.Ended run = importing("plain", OFTEN, "--db", dir.resolve("plain").toString(),
                medium.toString());

        assertEquals(0, run.exitCode(), run.err());
        assertEquals("medium.csv: imported, Audit log download (CSV), 20000 rows read, 20000 added, 0 duplicates,"
                + " 0 rejected\n", run.out().replace("\r\n", "\n"));
        List<String> lines = run.err().lines().toList();
        assertFalse(lines.isEmpty(), "progress was shown");
        assertTrue(lines.stream().allMatch(l -> l.matches("medium\\.csv: (?:[0-9,]+ rows, )?.*\\d+:\\d\\d elapsed.*")
                || l.startsWith("finishing the store's sort key: ")), run.err());
        assertFalse(run.err().contains("\r"), "a log gets whole lines");
    }

    @Test
    void quietShowsNoProgressButTheSameResultLines() throws Exception {
        CliProcess.Ended run = importing("plain", OFTEN, "--db", dir.resolve("quiet").toString(), "--quiet",
                medium.toString());

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("medium.csv: imported,"), run.out());
        assertEquals("", run.err());
    }

    @Test
    void anImportShorterThanTheIntervalPrintsNoProgressAtAll() throws Exception {
        CliProcess.Ended run = importing("plain", List.of(), "--db", dir.resolve("short").toString(),
                small.toString());

        assertEquals(0, run.exitCode(), run.err());
        assertEquals("", run.err());
    }

    @Test
    void aTerminalGetsOneLineRewrittenInPlaceAndWipedBeforeTheResult() throws Exception {
        CliProcess.Ended run = importing("terminal", List.of(), "--db", dir.resolve("terminal").toString(),
                medium.toString());

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("medium.csv: imported,"), run.out());
        assertTrue(run.err().contains("\rmedium.csv: ") && run.err().contains(" rows, "), run.err());
        assertFalse(run.err().contains("\n"), "the progress stays on one line");
        assertTrue(run.err().matches("(?s).*\r *\r"), "the line is wiped at the end");
        for (String drawn : run.err().split("\r")) {
            assertTrue(drawn.length() <= 79, drawn);
        }
    }

    @Test
    @DisabledOnOs(OS.WINDOWS)
    void anImportTheSystemEndsUndoesItsFileSaysSoAndExits130() throws Exception {
        cancelled("term", Process::destroy, false);
    }

    @Test
    @DisabledOnOs(OS.WINDOWS)
    void ctrlCDoesTheSameAsASignalToTheProcess() throws Exception {
        cancelled("int", p -> signal(p, "INT"), false);
    }

    @Test
    @DisabledOnOs(OS.WINDOWS)
    void aSecondSignalEndsAtOnceAndTheStoreStillAnswersAsBefore() throws Exception {
        cancelled("twice", Process::destroy, true);
    }

    /** Ends an import of the big file once it has shown rows read, as {@code stop} does; checks what it left. */
    private static void cancelled(String name, Consumer<Process> stop, boolean twice)
            throws Exception {
        Path store = dir.resolve(name);
        assertEquals(0, CliRun.of("import", "--db", store.toString(), small.toString()).exitCode());
        String before = summary(store);
        Path out = dir.resolve(name + ".out");
        Path err = dir.resolve(name + ".err");
        Process p = CliProcess.start(Map.of(CliContext.PROGRESS_VARIABLE, "plain"), OFTEN, out, err, "import",
                "--db", store.toString(), big.toString(), small.toString());
        try {
            waitForRows(p, err);
            if (name.equals("int")) {
                Assumptions.assumeFalse(ignoresSigint(p), "this test's process was started with Ctrl+C ignored");
            }
            stop.accept(p);
            if (twice) {
                Thread.sleep(100);
                stop.accept(p);
            }
            assertTrue(p.waitFor(90, TimeUnit.SECONDS), "the import ends");
        } finally {
            p.destroyForcibly();
            p.waitFor(30, TimeUnit.SECONDS);
        }
        String said = Files.readString(err);
        assertEquals(130, p.exitValue(), said);
        if (!twice) {
            assertTrue(said.contains("import cancelled; nothing from big.csv was kept; not imported:"
                    + " audit-logs-download.csv"), said);
        }
        assertEquals("", Files.readString(out).strip().replace("big.csv: canceled, nothing stored", ""));
        assertEquals(before, twice ? summaryAfterCleanUp(store) : summary(store),
                "the store answers exactly as before the import");
    }

    private static void waitForRows(Process p, Path err) throws Exception {
        long giveUp = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (p.isAlive() && System.nanoTime() < giveUp) {
            if (Files.readString(err).lines().anyMatch(l -> PLAIN_LINE.matcher(l).matches())) {
                return;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("no progress line with rows before the import ended: " + Files.readString(err));
    }

    private static void signal(Process p, String signal) {
        try {
            assertEquals(0, new ProcessBuilder("kill", "-" + signal, Long.toString(p.pid())).start().waitFor());
        } catch (IOException e) {
            throw new AssertionError(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Whether the process inherited SIGINT ignored (a job started in the background by a shell does). */
    private static boolean ignoresSigint(Process p) throws IOException {
        Path status = Path.of("/proc", Long.toString(p.pid()), "status");
        if (!Files.exists(status)) {
            return false;
        }
        for (String line : Files.readAllLines(status)) {
            if (line.startsWith("SigIgn:")) {
                return (Long.parseLong(line.substring(7).strip(), 16) & 2) != 0;
            }
        }
        return false;
    }

    private static String summary(Path store) {
        CliRun run = CliRun.of("summary", "--db", store.toString(), "--as-of", AS_OF, "--json");
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("", run.err(), "the store opens with nothing left to clean up");
        return run.out();
    }

    /** After an import ended at once, the store's next open cleans it up, saying so when it takes a while. */
    private static String summaryAfterCleanUp(Path store) {
        CliRun run = CliRun.of("summary", "--db", store.toString(), "--as-of", AS_OF, "--json");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.err().isEmpty() || run.err().startsWith("Cleaning up an import that did not finish"),
                run.err());
        return run.out();
    }

    private static CliProcess.Ended importing(String form, List<String> options, String... args) throws Exception {
        String[] all = new String[args.length + 1];
        all[0] = "import";
        System.arraycopy(args, 0, all, 1, args.length);
        Path out = Files.createTempFile(dir, "out", ".txt");
        Path err = Files.createTempFile(dir, "err", ".txt");
        Process p = CliProcess.start(Map.of(CliContext.PROGRESS_VARIABLE, form), options, out, err, all);
        assertTrue(p.waitFor(180, TimeUnit.SECONDS), "the import ends");
        return new CliProcess.Ended(p.exitValue(), Files.readString(out), Files.readString(err));
    }
}
