package com.ssprviewer.bench;

import com.ssprviewer.importer.ExportFormats;
import com.ssprviewer.insight.Summaries;
import com.ssprviewer.model.Outcome;
import com.ssprviewer.model.Status;
import com.ssprviewer.sample.SampleGenerator;
import com.ssprviewer.store.BenchAccess;
import com.ssprviewer.store.Store;
import com.ssprviewer.store.api.ImportResult;
import com.ssprviewer.store.query.AttemptSort;
import com.ssprviewer.store.query.EventFilter;
import com.ssprviewer.store.query.EventSort;
import com.ssprviewer.store.query.ListKind;
import com.ssprviewer.store.query.PageRequest;
import com.ssprviewer.store.query.PolicySort;
import com.ssprviewer.store.query.RegistrationSort;
import com.ssprviewer.store.query.Sort;
import com.ssprviewer.store.query.SortField;
import com.ssprviewer.work.Progress;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * The foundation's figures: importing a 1,000,000-row portal audit CSV (first time and again), the store's size
 * during and after, a 75,000-row classic CSV, and query latencies on the 1M-event store.
 * {@code mvn -B -Pbench test-compile exec:exec -Dbench=ImportBench [-Dbench.args="--rows 1000000 --runs 5"]}
 */
public final class ImportBench {

    private ImportBench() {
    }

    public static void main(String[] args) throws Exception {
        long rows = 1_000_000;
        int runs = 5;
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (args[i].equals("--rows")) {
                rows = Long.parseLong(args[i + 1]);
            } else if (args[i].equals("--runs")) {
                runs = Integer.parseInt(args[i + 1]);
            }
        }
        Path work = Path.of("target", "bench");
        Files.createDirectories(work);
        Path audit = work.resolve("audit-" + rows + ".csv");
        if (!Files.exists(audit)) {
            System.out.println("writing " + audit + " ...");
            SampleGenerator.writeAuditCsv(audit, rows, 42);
        }
        Path classic = work.resolve("classic-75000.csv");
        if (!Files.exists(classic)) {
            writeClassic(classic, 75_000);
        }
        System.out.printf("audit CSV: %d rows, %.1f MB; heap max %d MB%n", rows, Files.size(audit) / 1e6,
                Runtime.getRuntime().maxMemory() >> 20);
        Figures figures = new Figures();
        for (int run = 1; run <= runs; run++) {
            System.out.println("run " + run + " of " + runs);
            benchImport(work, audit, rows, figures, run == runs);
            benchClassic(work, classic, figures);
        }
        figures.print();
    }

    private static void benchImport(Path work, Path audit, long rows, Figures f, boolean keep) throws Exception {
        Path dir = work.resolve("store-1m");
        delete(dir);
        try (Store store = Store.open(dir)) {
            ImportResult first;
            long t0 = System.nanoTime();
            try (SizePoller poller = new SizePoller(dir)) {
                first = store.importFile(audit, ExportFormats.opener(), Progress.NONE);
                double s = (System.nanoTime() - t0) / 1e9;
                f.add("import audit CSV: rows/s", "rows/s", rows / s);
                System.out.printf("  import %.0f rows/s (%.1f s)%n", rows / s, s);
                f.add("peak store size during import", "bytes/event",
                        (double) poller.peak() / first.eventsAdded());
            }
            check(first.eventsAdded() == rows, "first import added " + first.eventsAdded());
            f.add("store size after import", "bytes/event", (double) SizePoller.size(dir) / rows);
            long tk = System.nanoTime();
            store.finishBackgroundWork();
            f.add("sort key ready (background, after the import)", "s", (System.nanoTime() - tk) / 1e9);
            f.add("store size with the sort key", "bytes/event", (double) SizePoller.size(dir) / rows);
            long t1 = System.nanoTime();
            ImportResult again = store.importFile(audit, ExportFormats.opener(), Progress.NONE);
            f.add("re-import same file: rows/s", "rows/s", rows / ((System.nanoTime() - t1) / 1e9));
            check(again.eventsAdded() == 0, "re-import added " + again.eventsAdded());
            f.add("store size after re-import", "bytes/event", (double) SizePoller.size(dir) / rows);
            queries(store, f);
        }
        f.add("store size after close (compacted)", "bytes/event", (double) SizePoller.size(dir) / rows);
        if (!keep) {
            delete(dir);
        }
    }

    private static void queries(Store store, Figures f) throws Exception {
        BenchAccess.execute(store, "SET OPTIMIZE_REUSE_RESULTS FALSE");
        Sort newest = new Sort(EventSort.DATE, true);
        EventFilter all = EventFilter.NONE;
        EventFilter failures = EventFilter.builder().statuses(Set.of(Status.FAILURE)).build();
        EventFilter text = EventFilter.builder().text("fabrikam").build();
        EventFilter activity = EventFilter.builder()
                .activities(Set.of("Self-service password reset flow activity progress")).build();
        EventFilter blocked = EventFilter.builder().results(Set.of(Outcome.BLOCKED)).build();
        time(f, "events first page, newest first", () -> store.events(all, newest, PageRequest.first(100)));
        time(f, "events first page, failures newest first",
                () -> store.events(failures, newest, PageRequest.first(100)));
        time(f, "events first page, text 'fabrikam'", () -> store.events(text, newest, PageRequest.first(100)));
        searches(store, f, newest);
        time(f, "events first page, activity, sorted by target", () -> store.events(activity,
                new Sort(EventSort.TARGET, false), PageRequest.first(100)));
        time(f, "events first page, sorted by IP desc", () -> store.events(all, new Sort(EventSort.IP, true),
                PageRequest.first(100)));
        time(f, "events first page, failures sorted by initiated by", () -> store.events(failures,
                new Sort(EventSort.INITIATED_BY, false), PageRequest.first(100)));
        time(f, "events first page, sorted by activity", () -> store.events(all,
                new Sort(EventSort.ACTIVITY, false), PageRequest.first(100)));
        for (EventSort field : List.of(EventSort.SERVICE, EventSort.CATEGORY, EventSort.STATUS, EventSort.REASON)) {
            for (boolean descending : new boolean[] {false, true}) {
                Sort sort = new Sort(field, descending);
                time(f, "events first page, sorted by " + field.key() + (descending ? " desc" : ""),
                        () -> store.events(all, sort, PageRequest.first(100)));
            }
        }
        time(f, "events page 10,000 rows deep (offset)", () -> store.events(all, newest,
                new PageRequest(100, 10_000, null)));
        time(f, "attempts first page, blocked", () -> store.attempts(blocked, ListKind.ATTEMPTS.defaultSort(),
                PageRequest.first(100)));
        time(f, "attempts first page, sorted by user", () -> store.attempts(EventFilter.NONE,
                new Sort(AttemptSort.USER, false), PageRequest.first(100)));
        time(f, "attempts page 10,000 rows deep (offset)", () -> store.attempts(EventFilter.NONE,
                ListKind.ATTEMPTS.defaultSort(),
                new PageRequest(100, 10_000, null)));
        for (String field : List.of("role", "methods", "result", "details")) {
            for (boolean descending : new boolean[] {false, true}) {
                Sort sort = new Sort(ListKind.ATTEMPTS.sortField(field).orElseThrow(), descending);
                String name = "attempts sorted by " + field + (descending ? " desc" : "");
                time(f, name + ", first page", () -> store.attempts(EventFilter.NONE, sort, PageRequest.first(100)));
                time(f, name + ", 10,000 rows deep", () -> store.attempts(EventFilter.NONE, sort,
                        new PageRequest(100, 10_000, null)));
            }
        }
        time(f, "registrations first page", () -> store.registrations(EventFilter.NONE,
                ListKind.REGISTRATIONS.defaultSort(),
                PageRequest.first(100)));
        for (SortField field : List.of(RegistrationSort.USER, RegistrationSort.DATA, RegistrationSort.ROLE)) {
            time(f, "registrations first page, sorted by " + field.key() + " desc", () -> store.registrations(
                    EventFilter.NONE, new Sort(field, true), PageRequest.first(100)));
        }
        time(f, "policy changes first page, sorted by initiated by", () -> store.policyChanges(EventFilter.NONE,
                new Sort(PolicySort.INITIATED_BY, false), PageRequest.first(100)));
        long[] summary = new long[5];
        for (int i = 0; i < summary.length; i++) {
            long t = System.nanoTime();
            Summaries.compute(store, EventFilter.NONE, Instant.now());
            summary[i] = System.nanoTime() - t;
        }
        f.add("summary (all data), first call", "ms", summary[0] / 1e6);
        long[] warm = java.util.Arrays.copyOfRange(summary, 2, summary.length);
        java.util.Arrays.sort(warm);
        f.add("summary (all data), median of calls 3-5", "ms", warm[warm.length / 2] / 1e6);
    }

    /** The search's figures: first page and count of a word that is nowhere, a phrase, a field and an exclusion. */
    private static void searches(Store store, Figures f, Sort newest) {
        for (String typed : List.of("zzqx-nowhere", "\"password reset\"", "user:lee.robbins11",
                "ip:198.51.100.128", "reset -user:lee", "946bcba6-0e4f-483c-bd4e-9b128ebcb8a7")) {
            EventFilter q = EventFilter.builder().text(typed).build();
            time(f, "search '" + typed + "', first page", () -> store.events(q, newest, PageRequest.first(100)));
            time(f, "search '" + typed + "', count", () -> store.count(ListKind.EVENTS, q));
        }
    }

    /**
     * The median of three calls after a first one, timed: H2's result cache is off (see queries), so these are warm
     * runs, not cache hits, and one pause of the collector or the JIT does not decide the figure.
     */
    private static void time(Figures f, String name, Supplier<Object> query) {
        query.get();
        long[] t = new long[3];
        for (int i = 0; i < t.length; i++) {
            long start = System.nanoTime();
            query.get();
            t[i] = System.nanoTime() - start;
        }
        java.util.Arrays.sort(t);
        f.add(name, "ms", t[1] / 1e6);
    }

    private static void benchClassic(Path work, Path classic, Figures f) throws Exception {
        Path dir = work.resolve("store-classic");
        delete(dir);
        long t = System.nanoTime();
        try (Store store = Store.open(dir)) {
            long i = System.nanoTime();
            ImportResult r = store.importFile(classic, ExportFormats.opener(), Progress.NONE);
            f.add("import 75,000-row classic CSV", "s", (System.nanoTime() - i) / 1e9);
            check(r.eventsAdded() == 75_000, "classic import added " + r.eventsAdded());
        }
        f.add("import 75,000-row classic CSV (open, import, close)", "s", (System.nanoTime() - t) / 1e9);
        delete(dir);
    }

    static void writeClassic(Path file, int rows) throws IOException {
        String[][] results = {
            {"Succeeded", "User successfully reset password"},
            {"Abandoned", "User abandoned after starting the mobile SMS verification option"},
            {"Failed", "User does not have a license. You can add a license to the user to resolve this"},
            {"Blocked", "User entered too many invalid SMS verification codes and is blocked for 24 hours"},
        };
        Random random = new Random(7);
        Instant end = Instant.parse("2025-03-31T00:00:00Z");
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("User,Role,Date and Time,Methods Used,Result,Details\r\n");
            for (int i = 0; i < rows; i++) {
                String[] r = results[random.nextInt(results.length)];
                String time = end.minusSeconds(i * 34L).toString().replace('T', ' ').replace("Z", "");
                w.write("user" + random.nextInt(5000) + "@fabrikam.com,User," + time + ",Mobile Phone," + r[0]
                        + "," + r[1] + "\r\n");
            }
        }
    }

    private static void check(boolean ok, String message) {
        if (!ok) {
            throw new IllegalStateException(message);
        }
    }

    private static void delete(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
