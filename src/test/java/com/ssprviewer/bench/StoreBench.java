package com.ssprviewer.bench;

import com.ssprviewer.model.Outcome;
import com.ssprviewer.model.Status;
import com.ssprviewer.store.BenchAccess;
import com.ssprviewer.store.Store;
import com.ssprviewer.store.api.ImportResult;
import com.ssprviewer.store.query.EventFilter;
import com.ssprviewer.store.query.ListKind;
import com.ssprviewer.store.query.Page;
import com.ssprviewer.store.query.PageRequest;
import com.ssprviewer.store.query.Sort;
import com.ssprviewer.store.query.SortText;
import com.ssprviewer.work.Progress;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Measures the store at scale (not a test): {@code StoreBench [rows] [dir]}, run with {@code -Xmx512m}. Imports
 * synthetic audit events twice and times list queries, printing one figure per line.
 */
public final class StoreBench {

    private StoreBench() {
    }

    public static void main(String[] args) throws Exception {
        long rows = args.length > 0 ? Long.parseLong(args[0]) : 1_000_000;
        Path dir = args.length > 1 ? Path.of(args[1]) : Files.createTempDirectory("storebench");
        AtomicLong peak = new AtomicLong();
        Thread poller = new Thread(() -> poll(dir, peak), "size-poller");
        poller.setDaemon(true);
        poller.start();
        Thread main = Thread.currentThread();
        java.util.Map<String, Integer> samples = new java.util.concurrent.ConcurrentHashMap<>();
        if (Boolean.getBoolean("bench.sample")) {
            Thread sampler = new Thread(() -> sample(main, samples), "sampler");
            sampler.setDaemon(true);
            sampler.start();
        }
        try (Store store = Store.open(dir)) {
            timeImport(store, "first import", rows);
            System.out.printf("store after import: %.1f MB, %.0f bytes/event; peak during import %.1f MB%n",
                    mb(size(dir)), (double) size(dir) / rows, mb(peak.get()));
            long c0 = System.nanoTime();
            BenchAccess.compact(store, 120_000);
            System.out.printf("compact after import: %.1f s -> %.1f MB, %.0f bytes/event%n",
                    (System.nanoTime() - c0) / 1e9,
                    mb(size(dir)), (double) size(dir) / rows);
            peak.set(0);
            if (Boolean.getBoolean("bench.sample")) {
                samples.entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue()).limit(25)
                        .forEach(e -> System.out.println(e.getValue() + "  " + e.getKey()));
            }
            timeImport(store, "re-import", rows);
            System.out.printf("store after re-import: %.1f MB; peak during re-import %.1f MB%n",
                    mb(size(dir)), mb(peak.get()));
            BenchAccess.execute(store, "SET OPTIMIZE_REUSE_RESULTS FALSE");
            queries(store);
        }
        System.out.printf("store after close: %.1f MB, %.0f bytes/event%n", mb(size(dir)), (double) size(dir) / rows);
    }

    private static void timeImport(Store store, String label, long rows) {
        long t0 = System.nanoTime();
        ImportResult r = BenchAccess.importReader(store, "synthetic.csv", new SyntheticAudit(rows, 42),
                Progress.NONE);
        double s = (System.nanoTime() - t0) / 1e9;
        System.out.printf("%s: %s in %.1f s = %.0f rows/s; heap used %.0f MB%n", label, r.summaryLine(), s, rows / s,
                mb(Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()));
    }

    private static void queries(Store store) {
        Instant week = Instant.parse("2025-06-23T00:00:00Z");
        EventFilter failures = EventFilter.builder().statuses(Set.of(Status.FAILURE)).build();
        EventFilter updates = EventFilter.builder().activities(Set.of("Update user")).build();
        EventFilter user = EventFilter.builder().user("user4711.").build();
        EventFilter text = EventFilter.builder().text("security questions").build();
        EventFilter lastWeek = EventFilter.builder().from(week).build();
        page(store, ListKind.EVENTS, "all", EventFilter.NONE, "date:desc");
        page(store, ListKind.EVENTS, "all", EventFilter.NONE, "target");
        page(store, ListKind.EVENTS, "all", EventFilter.NONE, "reason:desc");
        page(store, ListKind.EVENTS, "status=Failure", failures, "date:desc");
        page(store, ListKind.EVENTS, "activity=Update user", updates, "date:desc");
        page(store, ListKind.EVENTS, "last week", lastWeek, "initiatedby");
        page(store, ListKind.EVENTS, "user contains", user, "date:desc");
        page(store, ListKind.EVENTS, "text contains", text, "date:desc");
        EventFilter failed = EventFilter.builder().results(Set.of(Outcome.FAILED)).build();
        page(store, ListKind.ATTEMPTS, "all", EventFilter.NONE, "date:desc");
        page(store, ListKind.ATTEMPTS, "result=Failed", failed, "user");
        page(store, ListKind.ATTEMPTS, "all", EventFilter.NONE, "role:desc");
        time("count events status=Failure", () -> store.count(ListKind.EVENTS, failures));
        time("count attempts", () -> store.count(ListKind.ATTEMPTS, EventFilter.NONE));
        long[] n = {0};
        time("forEachAttempt over all", () -> {
            store.forEachAttempt(EventFilter.NONE, a -> n[0]++);
            return n[0];
        });
    }

    private static void page(Store store, ListKind kind, String label, EventFilter f, String sortText) {
        Sort sort = SortText.parse(sortText).of(kind).orElseThrow();
        list(store, kind, f, sort, PageRequest.first(100));
        double first = median(() -> list(store, kind, f, sort, PageRequest.first(100)));
        double off10k = median(() -> list(store, kind, f, sort, new PageRequest(100, 10_000, null)));
        double off500k = median(() -> list(store, kind, f, sort, new PageRequest(100, 500_000, null)));
        Page<?> before = list(store, kind, f, sort, new PageRequest(1, 9_999, null));
        String keyset = "n/a (fewer rows)";
        if (before.next() != null) {
            PageRequest.Cursor c = before.next();
            keyset = String.format("%.2f ms", median(() -> list(store, kind, f, sort, new PageRequest(100, 0, c))));
        }
        System.out.printf("%-13s %-22s sort %-12s first %.2f ms | rows 10,000+: offset %.1f ms, keyset %s"
                + " | offset 500,000: %.1f ms%n", kind, label, sortText, first, off10k, keyset, off500k);
    }

    private static Page<?> list(Store store, ListKind kind, EventFilter f, Sort sort, PageRequest p) {
        return switch (kind) {
            case EVENTS -> store.events(f, sort, p);
            case ATTEMPTS -> store.attempts(f, sort, p);
            case REGISTRATIONS -> store.registrations(f, sort, p);
            case POLICY -> store.policyChanges(f, sort, p);
        };
    }

    private static double median(Supplier<?> run) {
        double[] t = new double[5];
        for (int i = 0; i < t.length; i++) {
            long t0 = System.nanoTime();
            run.get();
            t[i] = (System.nanoTime() - t0) / 1e6;
        }
        Arrays.sort(t);
        return t[2];
    }

    private static void time(String label, Supplier<Long> run) {
        long t0 = System.nanoTime();
        long v = run.get();
        System.out.printf("%s: %d in %.0f ms%n", label, v, (System.nanoTime() - t0) / 1e6);
    }

    private static void sample(Thread main, java.util.Map<String, Integer> samples) {
        while (true) {
            StackTraceElement[] st = main.getStackTrace();
            String ours = "";
            for (StackTraceElement e : st) {
                if (e.getClassName().startsWith("com.ssprviewer")) {
                    ours = e.getClassName().replace("com.ssprviewer.", "") + ":" + e.getLineNumber();
                    break;
                }
            }
            String top = st.length > 0 ? st[0].getClassName() + "." + st[0].getMethodName() : "";
            samples.merge(ours + " <- " + top, 1, Integer::sum);
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private static void poll(Path dir, AtomicLong peak) {
        while (true) {
            peak.accumulateAndGet(size(dir), Math::max);
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private static long size(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.mapToLong(p -> p.toFile().length()).sum();
        } catch (IOException e) {
            return 0;
        }
    }

    private static double mb(long bytes) {
        return bytes / 1e6;
    }
}
