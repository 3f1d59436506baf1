package com.ssprviewer.sample;

import com.ssprviewer.model.AuditEvent;
import com.ssprviewer.work.Progress;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CancellationException;

/**
 * Generates realistic, seeded SSPR audit exports of a made-up tenant in every format the viewer reads, so that the
 * viewer can be explored, demonstrated and benchmarked without real data. The covered period is shared among the
 * formats (classic reports oldest, then two overlapping audit CSVs, the audit JSON download, Graph pages newest);
 * monthly registration snapshots consistent with the registration events and a few policy changes come after them.
 * The same spec always gives byte-identical files. Output is streamed day by day: memory does not grow with the
 * number of days, and one day of a large tenant is the most ever held.
 */
public final class SampleGenerator {

    public static final String CLASSIC_RESETS = "classic-password-reset-activity.csv";
    public static final String CLASSIC_REGISTRATIONS = "classic-registration-activity.csv";
    public static final String AUDIT_CSV_WEEK1 = "audit-logs-week1.csv";
    public static final String AUDIT_CSV_WEEK2 = "audit-logs-week2.csv";
    public static final String AUDIT_JSON = "audit-logs.json";
    public static final String GRAPH_PAGE_PREFIX = "graph-directoryAudits-page";
    public static final String SNAPSHOT_PREFIX = "user-registration-details-";
    public static final String POLICY_CHANGES = "sspr-policy-changes.json";

    private final SampleSpec spec;
    private final Timeline timeline;
    private final Tenant tenant;
    private final DayEvents dayEvents;

    public SampleGenerator(SampleSpec spec) {
        this.spec = spec;
        this.timeline = Timeline.of(spec);
        this.tenant = Tenant.create(spec.seed(), spec.users());
        this.dayEvents = new DayEvents(tenant, spec.seed(), timeline.classic.to());
    }

    /**
     * Writes every sample file into {@code outDir} (created when missing; files of the same names are replaced).
     *
     * @return the files written, oldest period first
     * @throws CancellationException when {@code progress} asked to stop; every file of this run is deleted first
     */
    public List<Path> writeAll(Path outDir, Progress progress) throws IOException {
        Files.createDirectories(outDir);
        DayCount p = new DayCount(progress, totalDays());
        List<Path> written = new ArrayList<>();
        boolean done = false;
        try {
            writeClassic(outDir, p, written);
            writeAuditCsv(outDir.resolve(AUDIT_CSV_WEEK1), timeline.week1, p, written);
            writeAuditCsv(outDir.resolve(AUDIT_CSV_WEEK2), timeline.week2, p, written);
            writeAuditJson(outDir.resolve(AUDIT_JSON), p, written);
            writeGraph(outDir, p, written);
            writeSnapshots(outDir, written);
            writePolicyChanges(outDir.resolve(POLICY_CHANGES), written);
            done = true;
        } finally {
            if (!done) {
                for (Path f : written) {
                    Files.deleteIfExists(f);
                }
            }
        }
        p.finished();
        return List.copyOf(written);
    }

    /**
     * Writes one portal audit CSV of exactly {@code rows} rows (for benchmarks): a tenant sized to the row count,
     * days going back from {@link SampleSpec#DEFAULT_END} until the count is reached, newest first.
     */
    public static void writeAuditCsv(Path file, long rows, long seed) throws IOException {
        int users = (int) Math.max(50, Math.min(20_000, rows / 60));
        Tenant tenant = Tenant.create(seed, users);
        DayEvents days = new DayEvents(tenant, seed, Instant.MIN);
        Timeline.Period all = new Timeline.Period(Instant.MIN, Instant.MAX);
        Instant day = SampleSpec.DEFAULT_END.minusSeconds(DayPlanner.DAY_SECONDS);
        try (AuditCsvWriter out = new AuditCsvWriter(file)) {
            while (out.rows() < rows) {
                for (AuditEvent e : days.events(day, all)) {
                    if (out.rows() >= rows) {
                        break;
                    }
                    out.write(e);
                }
                day = day.minusSeconds(DayPlanner.DAY_SECONDS);
            }
        }
    }

    private void writeClassic(Path dir, DayCount p, List<Path> written) throws IOException {
        Path resets = dir.resolve(CLASSIC_RESETS);
        Path registrations = dir.resolve(CLASSIC_REGISTRATIONS);
        written.add(resets);
        written.add(registrations);
        try (ClassicCsvWriter r = ClassicCsvWriter.resets(resets);
             ClassicCsvWriter g = ClassicCsvWriter.registrations(registrations)) {
            for (Instant day : timeline.daysNewestFirst(timeline.classic)) {
                for (Scenario s : dayEvents.scenarios(day, timeline.classic)) {
                    if (s instanceof Scenario.Reset reset) {
                        r.write(reset);
                    } else if (s instanceof Scenario.Registration registration) {
                        g.write(registration);
                    }
                }
                p.dayDone();
            }
        }
    }

    private void writeAuditCsv(Path file, Timeline.Period period, DayCount p, List<Path> written) throws IOException {
        written.add(file);
        try (AuditCsvWriter out = new AuditCsvWriter(file)) {
            for (Instant day : timeline.daysNewestFirst(period)) {
                for (AuditEvent e : dayEvents.events(day, period)) {
                    out.write(e);
                }
                p.dayDone();
            }
        }
    }

    private void writeAuditJson(Path file, DayCount p, List<Path> written) throws IOException {
        written.add(file);
        try (AuditJsonWriter out = new AuditJsonWriter(file)) {
            for (Instant day : timeline.daysNewestFirst(timeline.json)) {
                for (AuditEvent e : dayEvents.events(day, timeline.json)) {
                    out.write(e);
                }
                p.dayDone();
            }
        }
    }

    private void writeGraph(Path dir, DayCount p, List<Path> written) throws IOException {
        int top = Math.max(20, Math.min(1000, spec.users() * 2));
        GraphPagesWriter out = new GraphPagesWriter(dir, GRAPH_PAGE_PREFIX, top, timeline.graph.from(),
                timeline.graph.to(), Ids.mix(spec.seed(), 0x6a7a));
        try {
            for (Instant day : timeline.daysNewestFirst(timeline.graph)) {
                for (AuditEvent e : dayEvents.events(day, timeline.graph)) {
                    out.write(e);
                }
                p.dayDone();
            }
            out.finish();
        } finally {
            for (Path f : out.files()) {
                if (!written.contains(f)) {
                    written.add(f);
                }
            }
        }
    }

    /** Monthly registration snapshots as Graph JSON, the newest as PowerShell's CSV (both formats exercised). */
    private void writeSnapshots(Path dir, List<Path> written) throws IOException {
        RegistrationSnapshots snapshots = new RegistrationSnapshots(tenant, spec);
        Random random = new Random(Ids.mix(spec.seed(), 0x5a95));
        int newest = snapshots.days().size() - 1;
        for (int i = 0; i <= newest; i++) {
            LocalDate day = snapshots.days().get(i);
            Instant updated = Times.later(random, day.atStartOfDay(ZoneOffset.UTC).toInstant(), 5 * 3600, 7 * 3600);
            boolean csv = i == newest && newest > 0;
            Path file = dir.resolve(SNAPSHOT_PREFIX + day + (csv ? ".csv" : ".json"));
            written.add(file);
            if (csv) {
                SnapshotFiles.powerShellCsv(file, snapshots.users(i), updated);
            } else {
                SnapshotFiles.graphJson(file, snapshots.users(i), updated);
            }
        }
    }

    private void writePolicyChanges(Path file, List<Path> written) throws IOException {
        written.add(file);
        try (AuditJsonWriter out = new AuditJsonWriter(file)) {
            for (AuditEvent e : PolicyChanges.of(tenant, spec)) {
                out.write(e);
            }
        }
    }

    private int totalDays() {
        return timeline.daysNewestFirst(timeline.classic).size()
                + timeline.daysNewestFirst(timeline.week1).size()
                + timeline.daysNewestFirst(timeline.week2).size()
                + timeline.daysNewestFirst(timeline.json).size()
                + timeline.daysNewestFirst(timeline.graph).size();
    }

    /** Counts finished days, reports them and stops the run when the caller cancelled. */
    private static final class DayCount {
        private final Progress progress;
        private final int total;
        private int done;

        DayCount(Progress progress, int total) {
            this.progress = progress;
            this.total = Math.max(1, total);
        }

        void dayDone() {
            done++;
            progress.progress(Math.min(done, total), total);
            if (progress.cancelled()) {
                throw new CancellationException("Sample generation was cancelled.");
            }
        }

        void finished() {
            progress.progress(total, total);
        }
    }
}
