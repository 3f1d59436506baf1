package com.ssprviewer.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/** Runs the command line as a separate process, the way a scheduled task starts it, and reads what it prints. */
final class CliProcess {

    private CliProcess() {
    }

    /** A finished process: its exit code and what it printed on each stream. */
    record Ended(int exitCode, String out, String err) {
    }

    static Process start(String... args) throws IOException {
        return java(List.of(), "com.ssprviewer.Launcher", args);
    }

    /** Starts {@code mainClass} of this build (tests included) with Java options such as {@code -Dname=value}. */
    static Process java(List<String> options, String mainClass, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString()));
        command.addAll(options);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), mainClass));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).start();
    }

    /**
     * Starts the command with its standard output written to {@code out} as it prints (nothing buffered in this
     * process, so the file holds every line printed before a kill) and its errors to {@code err}.
     */
    static Process startWritingTo(Path out, Path err, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-cp", System.getProperty("java.class.path"), "com.ssprviewer.Launcher"));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    }

    /**
     * Starts the command with these environment variables added and Java options such as {@code -Dname=value}, its
     * standard output and errors written to files as it prints.
     */
    static Process start(Map<String, String> environment, List<String> options, Path out, Path err, String... args)
            throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString()));
        command.addAll(options);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), "com.ssprviewer.Launcher"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
        builder.environment().putAll(environment);
        return builder.start();
    }

    /** Reads a started process to its end (at most a minute). */
    static Ended finish(Process p) throws IOException, InterruptedException {
        p.getOutputStream().close();
        CompletableFuture<byte[]> err = CompletableFuture.supplyAsync(
                () -> {
                    try {
                        return p.getErrorStream().readAllBytes();
                    } catch (IOException e) {
                        return new byte[0];
                    }
                });
        byte[] out = p.getInputStream().readAllBytes();
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException("the process did not end");
        }
        return new Ended(p.exitValue(), new String(out, StandardCharsets.UTF_8),
                new String(err.join(), StandardCharsets.UTF_8));
    }

    /** Runs to the end (at most a minute). */
    static Ended run(String... args) throws IOException, InterruptedException {
        Process p = start(args);
        p.getOutputStream().close();
        byte[] out = p.getInputStream().readAllBytes();
        byte[] err = p.getErrorStream().readAllBytes();
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException("the command did not end: " + List.of(args));
        }
        return new Ended(p.exitValue(), new String(out, StandardCharsets.UTF_8),
                new String(err, StandardCharsets.UTF_8));
    }

    /**
     * Runs until a line of its standard output matches, then kills it at once (as a power cut or {@code kill -9}
     * would); returns the lines read up to and including that one.
     */
    static List<String> killAtLine(Predicate<String> line, String... args) throws IOException, InterruptedException {
        Process p = start(args);
        p.getOutputStream().close();
        p.getErrorStream().close();
        List<String> seen = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(),
                StandardCharsets.UTF_8))) {
            String l;
            while ((l = r.readLine()) != null) {
                seen.add(l);
                if (line.test(l)) {
                    p.destroyForcibly();
                    break;
                }
            }
        } finally {
            p.destroyForcibly();
            p.waitFor(30, TimeUnit.SECONDS);
        }
        return seen;
    }
}
