package com.ssprviewer.bench;

import com.ssprviewer.importer.ExportFormats;
import com.ssprviewer.lists.ListDefinitions;
import com.ssprviewer.report.ReportBlade;
import com.ssprviewer.report.ReportRequest;
import com.ssprviewer.report.ReportTexts;
import com.ssprviewer.report.StorePages;
import com.ssprviewer.report.xlsx.ListWorkbook;
import com.ssprviewer.store.Store;
import com.ssprviewer.store.api.EventRow;
import com.ssprviewer.store.query.EventFilter;
import com.ssprviewer.work.Progress;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Measures the Excel workbook of the 1,000,000-event list (every column, newest first): seconds, file size and peak
 * heap. Not a test. It needs ImportBench's {@code target/bench/audit-1000000.csv} and imports it into
 * {@code target/bench/store-xlsx} the first time. Run it with the heap the promise names:
 * {@code mvn -B -o -Pbench test-compile exec:exec -Dbench=XlsxBench -Dbench.heap=300m}.
 */
public final class XlsxBench {

    private XlsxBench() {
    }

    public static void main(String[] args) throws Exception {
        Path work = Path.of("target", "bench");
        Path dir = work.resolve("store-xlsx");
        Path out = work.resolve("events-1m.xlsx");
        if (!Files.isDirectory(dir)) {
            try (Store store = Store.open(dir)) {
                long start = System.nanoTime();
                store.importFile(work.resolve("audit-1000000.csv"), ExportFormats.opener(), Progress.NONE);
                store.finishBackgroundWork();
                System.out.printf("imported the 1M CSV in %.1f s%n", (System.nanoTime() - start) / 1e9);
            }
        }
        try (Store store = Store.open(dir)) {
            ReportRequest request = new ReportRequest(ReportBlade.AUDITLOG, EventFilter.NONE, Instant.now(),
                    ZoneId.of("Europe/Stockholm"), new ReportTexts(Locale.ENGLISH), dir.toString());
            StorePages<EventRow> rows = new StorePages<>((f, s, p) -> ListDefinitions.EVENTS.fetcher().page(store,
                    f, s, p), EventFilter.NONE, ListDefinitions.EVENTS.defaultSort());
            long expected = store.count(ListDefinitions.EVENTS.kind(), EventFilter.NONE);
            System.gc();
            ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
            AtomicLong sampledPeak = new AtomicLong();
            Thread sampler = new Thread(() -> sample(sampledPeak), "heap-sampler");
            sampler.setDaemon(true);
            sampler.start();
            long start = System.nanoTime();
            long written = ListWorkbook.write(out, new ListWorkbook.Rows<>(ListDefinitions.EVENTS,
                    ListDefinitions.EVENTS.columns(), ListWorkbook.headers(ListDefinitions.EVENTS.columns(), request),
                    rows, expected, "date:desc"), request, Instant.now(),
                    Progress.NONE);
            double seconds = (System.nanoTime() - start) / 1e9;
            long poolPeaks = ManagementFactory.getMemoryPoolMXBeans().stream()
                    .filter(p -> p.getType() == MemoryType.HEAP).mapToLong(p -> p.getPeakUsage().getUsed()).sum();
            sampler.interrupt();
            System.out.printf("rows=%d seconds=%.1f rows/s=%.0f file=%.1f MB peakHeapSampled=%.1f MB"
                            + " peakHeapPoolsSum=%.1f MB maxHeap=%.0f MB out=%s%n", written, seconds,
                    written / seconds, Files.size(out) / 1e6, sampledPeak.get() / 1e6, poolPeaks / 1e6,
                    Runtime.getRuntime().maxMemory() / 1e6, out);
        }
    }

    /** The heap in use, looked at every 5 ms (the pools' peaks are each their own, so their sum overstates it). */
    private static void sample(AtomicLong peak) {
        Runtime runtime = Runtime.getRuntime();
        while (!Thread.currentThread().isInterrupted()) {
            peak.accumulateAndGet(runtime.totalMemory() - runtime.freeMemory(), Math::max);
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                return;
            }
        }
    }
}
