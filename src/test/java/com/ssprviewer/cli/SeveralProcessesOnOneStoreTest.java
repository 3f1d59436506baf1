package com.ssprviewer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Several processes on one store, as real processes: an import while a window holds the store is imported by that
 * window and printed as if done here; readers of a held store answer from a copy; an import waits for another
 * command, and says so.
 */
class SeveralProcessesOnOneStoreTest {

    private static final String AS_OF = "2025-03-26T00:00:00Z";

    @TempDir
    Path dir;

    private Process holder;

    @AfterEach
    void letGo() throws InterruptedException {
        if (holder != null) {
            holder.destroyForcibly();
            holder.waitFor();
        }
    }

    @Test
    void anImportWhileAWindowHoldsTheStoreIsImportedByThatWindowAndPrintedAsIfDoneHere() throws Exception {
        Path store = storeWith("audit-logs-download.csv");
        String classic = Samples.copy(dir, "classic-password-reset-activity.csv").toString();
        String expected = CliRun.of("import", "--db", dir.resolve("alone").toString(), classic).out();
        BufferedReader window = hold("window", store);

        CliProcess.Ended run = CliProcess.finish(CliProcess.start("import", "--db", store.toString(), "--wait",
                "20", classic));

        assertEquals(0, run.exitCode(), run.err());
        assertEquals(expected, run.out(), "the same lines as an import of its own");
        assertEquals("handed to the open window of SSPR Audit Viewer; waiting...", run.err().strip());
        assertEquals("142", ask(window, "events"), "the window's store has the handed-over events");
    }

    @Test
    void twoReadersOfAHeldStoreBothAnswerAsTheStoreWouldAndLeaveNoCopyBehind() throws Exception {
        Path store = storeWith("audit-logs-download.csv");
        String expected = CliRun.of("summary", "--db", store.toString(), "--as-of", AS_OF, "--json").out();
        hold("command", store);
        Path tmp = Files.createDirectory(dir.resolve("tmp"));

        List<String> options = List.of("-Djava.io.tmpdir=" + tmp);
        Process first = CliProcess.java(options, "com.ssprviewer.Launcher", "summary", "--db", store.toString(),
                "--as-of", AS_OF, "--json");
        Process second = CliProcess.java(options, "com.ssprviewer.Launcher", "summary", "--db", store.toString(),
                "--as-of", AS_OF, "--json");
        for (CliProcess.Ended run : List.of(CliProcess.finish(first), CliProcess.finish(second))) {
            assertEquals(0, run.exitCode(), run.err());
            assertEquals(expected, run.out(), "the answer is byte for byte the store's");
            assertTrue(run.err().strip().lines().count() <= 1, run.err());
        }
        try (Stream<Path> left = Files.list(tmp)) {
            assertEquals(List.of(), left.filter(p -> p.getFileName().toString().startsWith("sspr-")).toList());
        }
    }

    @Test
    void anImportWaitsForAnotherCommandSayingSoOnceThenImports() throws Exception {
        Path store = storeWith("audit-logs-download.csv");
        String classic = Samples.copy(dir, "classic-password-reset-activity.csv").toString();
        String expected = CliRun.of("import", "--db", dir.resolve("alone").toString(), classic).out();
        hold("command", store);

        Process importing = CliProcess.start("import", "--db", store.toString(), classic);
        BufferedReader err = new BufferedReader(new InputStreamReader(importing.getErrorStream(),
                StandardCharsets.UTF_8));
        String said = err.readLine();
        assertTrue(said.contains("is in use by another window or command") && said.contains("waiting up to 600"),
                said);
        holder.getOutputStream().close();
        CliProcess.Ended run = CliProcess.finish(importing);

        assertEquals(0, run.exitCode(), said + run.err());
        assertEquals(expected, run.out());
        assertEquals("", run.err(), "the wait was said once");
        assertTrue(CliRun.of("summary", "--db", store.toString(), "--json").out().contains("\"events\" : 142"));
    }

    @Test
    void twoImportsAtOnceBothImportOneAfterTheOther() throws Exception {
        Path store = dir.resolve("store");
        Process first = CliProcess.start("import", "--db", store.toString(),
                Samples.copy(dir, "audit-logs-download.csv").toString());
        Process second = CliProcess.start("import", "--db", store.toString(),
                Samples.copy(dir, "classic-password-reset-activity.csv").toString());
        CliProcess.Ended one = CliProcess.finish(first);
        CliProcess.Ended two = CliProcess.finish(second);

        assertEquals(0, one.exitCode(), one.err());
        assertEquals(0, two.exitCode(), two.err());
        assertTrue(CliRun.of("summary", "--db", store.toString(), "--json").out().contains("\"events\" : 142"));
    }

    @Test
    void anImportThatWaitedLongEnoughExitsThreeSayingHowLongItWaited() throws Exception {
        Path store = storeWith("audit-logs-download.csv");
        String classic = Samples.copy(dir, "classic-password-reset-activity.csv").toString();
        hold("command", store);

        CliProcess.Ended run = CliProcess.finish(CliProcess.start("import", "--db", store.toString(), "--wait", "1",
                classic));

        assertEquals(3, run.exitCode(), run.err());
        assertEquals("", run.out());
        assertTrue(run.err().strip().endsWith("import: The store " + store.toAbsolutePath() + " was still in use by"
                + " another window or command of SSPR Audit Viewer after 1 seconds; let it finish and import again,"
                + " or wait longer with --wait SECONDS."), run.err());
    }

    private Path storeWith(String sample) throws IOException {
        Path store = dir.resolve("store");
        CliRun run = CliRun.of("import", "--db", store.toString(), Samples.copy(dir, sample).toString());
        assertEquals(0, run.exitCode(), run.err());
        return store;
    }

    /** Starts a process holding the store as a window or a command does; returns once it holds it. */
    private BufferedReader hold(String as, Path store) throws IOException {
        holder = CliProcess.java(List.of(), "com.ssprviewer.handoff.StandIn", as, store.toString());
        BufferedReader out = new BufferedReader(new InputStreamReader(holder.getInputStream(),
                StandardCharsets.UTF_8));
        assertEquals("holding", out.readLine());
        return out;
    }

    private String ask(BufferedReader answers, String question) throws IOException {
        PrintStream in = new PrintStream(holder.getOutputStream(), true, StandardCharsets.UTF_8);
        in.println(question);
        return answers.readLine();
    }
}
