package com.ssprviewer.bench;

import com.ssprviewer.report.document.Labels;
import com.ssprviewer.report.document.PageSetup;
import com.ssprviewer.report.document.Paper;
import com.ssprviewer.report.document.PdfReportWriter;
import com.ssprviewer.report.document.ReportContent;
import com.ssprviewer.report.document.TableSection;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Measures a 10,000-row audit-log report rendered to PDF: seconds and peak heap. Not a test. Run with a small heap
 * to show memory stays bounded, e.g.
 * {@code java -Xmx256m -cp target/classes:target/test-classes:DEPS com.ssprviewer.bench.ReportBench [ROWS] [OUT.pdf]}
 * where DEPS is the output of {@code mvn -o dependency:build-classpath}.
 */
public final class ReportBench {

    private static final String[] OUTCOMES = {"Succeeded", "Failed", "Abandoned", "Blocked", "Canceled"};
    private static final String[] METHODS = {"Mobile Phone", "Alternate Email", "Authenticator App", "Office Phone"};
    private static final String[] DETAILS = {
        "User completed all the required verification options",
        "User entered an incorrect code for the mobile phone verification option. The user should check the code "
                + "they received and try again, or choose another verification option.",
        "User's account is locked. The user has tried to reset their password too many times; wait 24 hours.",
        "User abandoned after entering their user ID",
    };

    private ReportBench() {
    }

    public static void main(String[] args) throws Exception {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        Path out = args.length > 1 ? Path.of(args[1]) : Files.createTempFile("report-bench-", ".pdf");
        ReportContent content = new ReportContent("Audit log", List.of("Store: bench", "Filters: none",
                "Date range: all stored data"), ZonedDateTime.now(ZoneId.of("Europe/Stockholm")),
                List.of(new TableSection(List.of("Time", "User", "Activity", "Outcome", "Method", "Details"),
                        List.of(1.25f, 1.9f, 1.7f, 0.9f, 1.1f, 3.2f), List.of(false, false, true, false, true, true),
                        () -> rows(rows))));
        Labels labels = new Labels("Page {0} of {1}", "Printed", "continued", "No rows");
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
        AtomicLong sampledPeak = new AtomicLong();
        Thread sampler = new Thread(() -> sample(sampledPeak), "heap-sampler");
        sampler.setDaemon(true);
        sampler.start();
        long start = System.nanoTime();
        int pages = PdfReportWriter.write(content, new PageSetup(Paper.A4, true, 12f), labels, out);
        double seconds = (System.nanoTime() - start) / 1e9;
        sampler.interrupt();
        long poolPeaks = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        System.out.printf("rows=%d pages=%d seconds=%.2f file=%.1f MB peakHeapSampled=%.1f MB "
                        + "peakHeapPoolsSum=%.1f MB maxHeap=%.0f MB out=%s%n", rows, pages, seconds,
                Files.size(out) / 1e6, sampledPeak.get() / 1e6, poolPeaks / 1e6,
                Runtime.getRuntime().maxMemory() / 1e6, out);
    }

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

    private static Iterator<List<String>> rows(int count) {
        Instant start = Instant.parse("2025-01-01T00:00:00Z");
        return new Iterator<>() {
            private int i;

            @Override
            public boolean hasNext() {
                return i < count;
            }

            @Override
            public List<String> next() {
                int n = i++;
                return List.of(start.plusSeconds(n * 317L).toString().replace('T', ' ').substring(0, 16),
                        String.format("user%05d@contoso.com", n % 2500), "Reset password (self-service)",
                        OUTCOMES[n % OUTCOMES.length], METHODS[n % METHODS.length], DETAILS[n % DETAILS.length]);
            }
        };
    }
}
