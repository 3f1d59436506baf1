package com.ssprviewer.sample;

import com.ssprviewer.model.Activities;
import com.ssprviewer.model.AuditEvent;
import com.ssprviewer.model.Status;
import java.util.List;

/**
 * Renders a planned reset attempt as the modern event sequence of one correlation id: verification options
 * presented, gates started and completed, then the ending its outcome calls for (success step and
 * {@code Reset password (self-service)}, a Details string, a cancel, a banned password, a block).
 */
final class ResetFlowRenderer {

    static final String PRESENTED = "User was presented with verification options";
    static final String FUZZY = "FuzzyPolicyViolationInvalidPassword";
    static final String RESET_COMPLETED = "Successfully completed reset.";
    private static final String UPDATE = "Update";
    private static final int INSUFFICIENT_METHODS = 29;

    private final String tenantId;

    ResetFlowRenderer(String tenantId) {
        this.tenantId = tenantId;
    }

    List<AuditEvent> render(Scenario.Reset s) {
        FlowBuilder flow = new FlowBuilder(s.seed(), tenantId, s.start());
        if (s.presented()) {
            step(flow, s, Status.SUCCESS, PRESENTED);
        }
        for (int i = 0; i < s.completed(); i++) {
            Gate gate = s.gates().get(i);
            flow.after(8, 40);
            step(flow, s, Status.SUCCESS, "User started the " + gate.stepName() + " verification option");
            flow.after(10, 90);
            step(flow, s, Status.SUCCESS, "User completed the " + gate.stepName() + " verification option");
        }
        if (s.startedNext()) {
            flow.after(8, 40);
            step(flow, s, Status.SUCCESS,
                    "User started the " + s.gates().get(s.completed()).stepName() + " verification option");
        }
        ending(flow, s);
        return flow.events();
    }

    private void ending(FlowBuilder flow, Scenario.Reset s) {
        switch (s.outcome()) {
            case SUCCEEDED:
                if (s.bannedPassword()) {
                    flow.after(15, 60);
                    reset(flow, s, Status.FAILURE, FUZZY);
                }
                flow.after(10, 60);
                step(flow, s, Status.SUCCESS, Gate.details(35).text());
                flow.after(5, 30);
                reset(flow, s, Status.SUCCESS, RESET_COMPLETED);
                break;
            case FAILED:
                flow.after(5, 40);
                if (s.bannedPassword()) {
                    reset(flow, s, Status.FAILURE, FUZZY);
                } else {
                    String text = s.details().text();
                    step(flow, s, Status.FAILURE, s.details().number() == INSUFFICIENT_METHODS ? text + " " : text);
                }
                break;
            case CANCELED:
                flow.after(10, 120);
                step(flow, s, Status.FAILURE, Gate.details(19).text().replace("canceled", "cancelled"));
                break;
            case CONTACTED_ADMIN:
                flow.after(20, 180);
                step(flow, s, Status.SUCCESS, s.details().text());
                break;
            case BLOCKED:
                flow.after(30, 240);
                step(flow, s, Status.FAILURE, s.details().text());
                flow.after(1, 5);
                flow.sspr(s.user(), s.ip(), Activities.BLOCKED, UPDATE, Status.SUCCESS, "");
                break;
            case ABANDONED:
                // an abandoned flow simply stops after its last step
                break;
        }
    }

    private static void step(FlowBuilder flow, Scenario.Reset s, Status status, String reason) {
        flow.sspr(s.user(), s.ip(), Activities.FLOW_PROGRESS, UPDATE, status, reason);
    }

    private static void reset(FlowBuilder flow, Scenario.Reset s, Status status, String reason) {
        flow.sspr(s.user(), s.ip(), Activities.RESET_SELF_SERVICE, UPDATE, status, reason);
    }
}
