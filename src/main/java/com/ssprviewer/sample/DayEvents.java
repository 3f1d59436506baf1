package com.ssprviewer.sample;

import com.ssprviewer.model.AuditEvent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The planned scenarios and rendered audit events of one day, restricted to one export's period and listed newest
 * first. Only one day is ever held in memory, whatever the size of the whole sample.
 */
final class DayEvents {

    private final DayPlanner planner;
    private final ResetFlowRenderer resets;
    private final DirectoryRenderer directory;

    DayEvents(Tenant tenant, long seed, Instant classicEnd) {
        this.planner = new DayPlanner(tenant, seed, classicEnd);
        this.resets = new ResetFlowRenderer(tenant.tenantId());
        this.directory = new DirectoryRenderer(tenant.tenantId());
    }

    /** The day's scenarios that start inside {@code period}, newest first. */
    List<Scenario> scenarios(Instant dayStart, Timeline.Period period) {
        List<Scenario> out = new ArrayList<>();
        for (Scenario s : planner.plan(dayStart)) {
            if (period.contains(s.start())) {
                out.add(s);
            }
        }
        out.sort(Comparator.comparing(Scenario::start).reversed());
        return out;
    }

    /** The audit events of those scenarios, newest first. */
    List<AuditEvent> events(Instant dayStart, Timeline.Period period) {
        List<AuditEvent> out = new ArrayList<>();
        for (Scenario s : scenarios(dayStart, period)) {
            out.addAll(render(s));
        }
        out.sort(Comparator.comparing(AuditEvent::time).reversed());
        return out;
    }

    private List<AuditEvent> render(Scenario s) {
        if (s instanceof Scenario.Reset r) {
            return resets.render(r);
        }
        if (s instanceof Scenario.Registration r) {
            return directory.render(r);
        }
        return directory.render((Scenario.Directory) s);
    }
}
