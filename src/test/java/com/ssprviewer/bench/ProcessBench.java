package com.ssprviewer.bench;

import com.ssprviewer.sample.SampleGenerator;
import java.io.File;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What a person waits for, as whole processes (JVM start, open and close included), side by side with the tool they
 * would use instead, on the same files: our {@code import} of ImportBench's 1M-row portal audit CSV against sqlite3's
 * {@code .import}, of its 75,000-row classic CSV against LibreOffice Calc's headless load and save (when installed),
 * {@code summary --json}, a text search for a word that is nowhere and the first page sorted by target against the
 * same queries in sqlite3, and the store's size. Each pair runs A B A B; medians, ranges and the ratio of medians.
 * Needs the jar ({@code mvn -B -o package -DskipTests}). Options: {@code --runs N} (3), {@code --rows N}
 * (1,000,000), {@code --jvm OPT,OPT} (options our processes get before {@code -jar}).
 */
public final class ProcessBench {

    private static final Path JAR = Path.of("target", "sspr-audit-viewer.jar");
    private static final String NOWHERE = "qzxwvkjnowhere";
    /** The portal CSV's columns that {@code events --text} searches, and the one {@code --sort target} sorts by. */
    private static final List<String> TEXT_COLUMNS = List.of("Service", "Category", "Activity", "Result",
            "ResultReason", "ActorUserPrincipalName", "Target1UserPrincipalName", "IPAddress", "CorrelationId");
    private static final String TARGET_COLUMN = "Target1UserPrincipalName";
    private static final String ROW = "%-48s %20s   %20s   %s%n";

    /** One side of a pair: prepares untimed, then returns the seconds of the process it times. */
    private interface Side {
        double run() throws Exception;
    }

    private final int runs;
    private final List<String> ours;
    private final Path work = Path.of("target", "bench", "process");

    private ProcessBench(int runs, List<String> jvmOptions) {
        this.runs = runs;
        List<String> command = new ArrayList<>(List.of(javaBinary()));
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", JAR.toString()));
        this.ours = List.copyOf(command);
    }

    public static void main(String[] args) throws Exception {
        int runs = Integer.parseInt(arg(args, "--runs", "3"));
        long rows = Long.parseLong(arg(args, "--rows", "1000000"));
        String jvm = arg(args, "--jvm", "");
        if (!Files.exists(JAR)) {
            System.err.println(JAR + " is missing: run mvn -B -o package -DskipTests first");
            System.exit(2);
        }
        Path bench = Path.of("target", "bench");
        Files.createDirectories(bench);
        Path audit = bench.resolve("audit-" + rows + ".csv");
        if (!Files.exists(audit)) {
            System.out.println("writing " + audit + " ...");
            SampleGenerator.writeAuditCsv(audit, rows, 42);
        }
        Path classic = bench.resolve("classic-75000.csv");
        if (!Files.exists(classic)) {
            ImportBench.writeClassic(classic, 75_000);
        }
        new ProcessBench(runs, jvm.isEmpty() ? List.of() : Arrays.asList(jvm.split(","))).run(audit, classic, rows);
    }

    private void run(Path audit, Path classic, long rows) throws Exception {
        System.out.printf("%d runs each, A B A B; ours: %s; load average %.1f%n", runs, String.join(" ", ours),
                load());
        System.out.printf(ROW, "seconds: median (min-max)", "ours", "other", "ratio");
        Files.createDirectories(work);
        Path store = work.resolve("store");
        Path sqlite = work.resolve("sqlite.db");
        pair("import, " + rows + "-row CSV, new store / sqlite3", () -> {
            delete(store);
            return time(ours("import", "--db", store.toString(), audit.toString()));
        }, () -> {
            delete(sqlite);
            return time(List.of("sqlite3", sqlite.toString(), ".import --csv " + audit + " t"));
        });
        String soffice = onPath("soffice");
        Path small = work.resolve("store-classic");
        Path ods = work.resolve("ods");
        if (soffice == null) {
            System.out.println("LibreOffice Calc (soffice) is not installed: the classic import runs alone");
        }
        Side calc = soffice == null ? null : () -> time(List.of(soffice, "--headless", "--convert-to", "ods",
                "--outdir", ods.toString(), classic.toString()));
        pair("import, classic 75,000-row CSV / LibreOffice Calc", () -> {
            delete(small);
            return time(ours("import", "--db", small.toString(), classic.toString()));
        }, calc);
        pair("summary --json (target < 1.5 s)",
                () -> time(ours("summary", "--db", store.toString(), "--json")), null);
        String where = TEXT_COLUMNS.stream().map(c -> "\"" + c + "\" LIKE '%" + NOWHERE + "%'")
                .collect(Collectors.joining(" OR "));
        pair("events --text WORD-THAT-IS-NOWHERE / sqlite3",
                () -> time(ours("events", "--db", store.toString(), "--text", NOWHERE, "--limit", "100")),
                () -> time(List.of("sqlite3", sqlite.toString(), "SELECT * FROM t WHERE " + where + " LIMIT 100")));
        pair("events sorted by target, first page / sqlite3",
                () -> time(ours("events", "--db", store.toString(), "--sort", "target", "--limit", "100")),
                () -> time(List.of("sqlite3", sqlite.toString(),
                        "SELECT * FROM t ORDER BY \"" + TARGET_COLUMN + "\" LIMIT 100")));
        double oursSize = treeSize(store) / (double) rows;
        double theirs = Files.size(sqlite) / (double) rows;
        System.out.printf(ROW, "store size, bytes per event / sqlite3 file", String.format("%.0f", oursSize),
                String.format("%.0f", theirs), String.format("%.2f", oursSize / theirs));
        System.out.printf("load average at the end %.1f%n", load());
    }

    /** Times A and B in turn, {@code runs} times, and prints both (B null: ours alone, or the other not installed). */
    private void pair(String name, Side a, Side b) throws Exception {
        List<Double> as = new ArrayList<>();
        List<Double> bs = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            as.add(a.run());
            if (b != null) {
                bs.add(b.run());
            }
        }
        String ratio = b == null ? "" : String.format("%.2f", median(as) / median(bs));
        System.out.printf(ROW, name, figure(as), b == null ? "-" : figure(bs), ratio);
    }

    private List<String> ours(String... args) {
        List<String> command = new ArrayList<>(ours);
        command.addAll(List.of(args));
        return command;
    }

    /** Runs the command, output discarded; the wall time in seconds, or a failure naming the command. */
    private static double time(List<String> command) throws IOException, InterruptedException {
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

    private static String figure(List<Double> values) {
        return String.format("%.2f (%.2f-%.2f)", median(values), Collections.min(values), Collections.max(values));
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    private static double load() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    private static String onPath(String program) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path candidate = Path.of(dir, program);
            if (Files.isExecutable(candidate)) {
                return candidate.toString();
            }
        }
        return null;
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static String arg(String[] args, String name, String fallback) {
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        return fallback;
    }

    private static long treeSize(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.map(Path::toFile).filter(File::isFile).mapToLong(File::length).sum();
        }
    }

    private static void delete(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> s = Files.walk(path)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
