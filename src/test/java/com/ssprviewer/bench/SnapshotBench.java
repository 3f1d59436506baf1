package com.ssprviewer.bench;

import com.ssprviewer.insight.Coverages;
import com.ssprviewer.store.Store;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Registration snapshots at tenant scale: a 100,000-user Graph JSON snapshot imported as a whole {@code import}
 * process (JVM start included, as a person waits for it), then 24 monthly snapshots of the same tenant (about 2% of
 * users changing each month) in one store: its growth per user per snapshot, {@code coverage --json} as a whole
 * process, the coverage blade from click to numbers in a fresh window, and Coverages.compute and the trend in
 * process. Needs the jar: {@code mvn -B -o package -DskipTests}.
 * Options: {@code --users N}, {@code --months N}, {@code --runs N}.
 */
public final class SnapshotBench {

    private static final Path JAR = Path.of("target", "sspr-audit-viewer.jar");

    private SnapshotBench() {
    }

    public static void main(String[] args) throws Exception {
        int users = intArg(args, "--users", 100_000);
        int months = intArg(args, "--months", 24);
        int runs = intArg(args, "--runs", 3);
        if (!Files.exists(JAR)) {
            System.err.println(JAR + " is missing: run mvn -B -o package -DskipTests first");
            System.exit(2);
        }
        Path work = Path.of("target", "bench", "snapshots-" + users);
        Files.createDirectories(work);
        SnapshotTenant tenant = new SnapshotTenant(users, 42);
        LocalDate first = LocalDate.of(2023, 4, 1);
        Figures f = new Figures();

        Path one = work.resolve("snapshot-0.json");
        if (!Files.exists(one)) {
            tenant.writeGraphJson(one, first);
        }
        System.out.printf("snapshot file: %,d users, %.1f MB%n", users, Files.size(one) / 1e6);
        for (int run = 0; run < runs; run++) {
            Path db = work.resolve("single-store");
            deleteTree(db);
            f.add("import one snapshot, whole process (target < 5 s)", "s", process("import", "--db", db.toString(),
                    one.toString()));
        }

        Path db = work.resolve("monthly-store");
        deleteTree(db);
        long afterFirst = 0;
        for (int m = 0; m < months; m++) {
            Path file = m == 0 ? one : work.resolve("snapshot-month.json");
            if (m > 0) {
                tenant.nextMonth();
                tenant.writeGraphJson(file, first.plusMonths(m));
            }
            double s = process("import", "--db", db.toString(), file.toString());
            System.out.printf("month %2d imported in %.2f s, store %,d bytes%n", m + 1, s, treeSize(db));
            if (m == 0) {
                afterFirst = treeSize(db);
            }
        }
        long growth = treeSize(db) - afterFirst;
        f.add("store growth per user per snapshot (target < 60)", "bytes",
                months > 1 ? (double) growth / ((months - 1) * (double) users) : 0);
        f.add("store size after " + months + " snapshots", "MB", treeSize(db) / 1e6);
        for (int run = 0; run < runs; run++) {
            f.add("coverage --json, whole process (target < 1 s)", "s",
                    process("coverage", "--db", db.toString(), "--json"));
        }
        for (int run = 0; run < runs; run++) {
            f.add("coverage blade, click to numbers in a fresh window (target < 1 s)", "s", windowTiming(db));
        }
        try (Store store = Store.open(db)) {
            Coverages.compute(store, null);
            for (int run = 0; run < runs; run++) {
                long t0 = System.nanoTime();
                Coverages.compute(store, null);
                f.add("Coverages.compute, newest snapshot, in process (target < 1 s)", "s",
                        (System.nanoTime() - t0) / 1e9);
                t0 = System.nanoTime();
                store.snapshots();
                f.add("trend (every snapshot's counts), in process (target < 1 s)", "s",
                        (System.nanoTime() - t0) / 1e9);
            }
        }
        f.print();
    }

    /** Runs the jar with {@code args}, output discarded; returns the wall time in seconds. */
    private static double process(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(javaBinary(), "-jar", JAR.toString()));
        command.addAll(List.of(args));
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        int rc = p.waitFor();
        double seconds = (System.nanoTime() - t0) / 1e9;
        if (rc != 0) {
            throw new IllegalStateException(String.join(" ", command) + " exited with " + rc);
        }
        return seconds;
    }

    /** Runs {@link CoverageWindowTiming} in a fresh headless process; returns the seconds it printed. */
    private static double windowTiming(Path db) throws IOException, InterruptedException {
        List<String> command = List.of(javaBinary(), "-Xmx1g", "-cp", System.getProperty("java.class.path"),
                "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw",
                CoverageWindowTiming.class.getName(), db.toString());
        Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        if (p.waitFor() != 0 || out.isEmpty()) {
            throw new IllegalStateException("the window timing failed: " + out);
        }
        return Double.parseDouble(out.lines().reduce((a, b) -> b).orElseThrow());
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static long treeSize(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.map(Path::toFile).filter(File::isFile).mapToLong(File::length).sum();
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    private static int intArg(String[] args, String name, int fallback) {
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals(name)) {
                return Integer.parseInt(args[i + 1]);
            }
        }
        return fallback;
    }
}
