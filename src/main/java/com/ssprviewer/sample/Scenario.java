package com.ssprviewer.sample;

import com.ssprviewer.model.DetailsEntry;
import com.ssprviewer.model.Method;
import com.ssprviewer.model.Outcome;
import java.time.Instant;
import java.util.List;

/**
 * One thing that happens in the tenant, planned but not yet written: a reset attempt, a registration, or another
 * directory action. A plan is rendered as modern audit events or as a classic report row; each carries its own
 * seed so that rendering it twice (overlapping exports) gives the same bytes.
 */
sealed interface Scenario {

    /** When it starts; a scenario belongs to the export whose period holds this instant. */
    Instant start();

    /** Seed of the rendering's own choices (ids, step timings). */
    long seed();

    /**
     * A reset attempt.
     *
     * @param gates         the verification options gone through, in order
     * @param completed     how many of {@code gates} were completed
     * @param startedNext   whether the gate after the completed ones was started
     * @param presented     whether the user got as far as the verification options
     * @param details       the classic Details row of the attempt; null where the classic report has none
     * @param bannedPassword a banned password was refused ({@code FuzzyPolicyViolationInvalidPassword}) in the attempt
     */
    record Reset(SampleUser user, Instant start, Outcome outcome, List<Gate> gates, int completed, boolean startedNext,
                 boolean presented, DetailsEntry details, boolean bannedPassword, String ip, long seed)
            implements Scenario {

        public Reset {
            gates = List.copyOf(gates);
        }

        /** The methods of the gates the user touched, each once, in order: the classic report's Methods Used. */
        List<Method> methodsUsed() {
            int touched = Math.min(gates.size(), completed + (startedNext ? 1 : 0));
            return gates.subList(0, touched).stream().map(Gate::method).distinct().toList();
        }
    }

    /**
     * A registration for password reset.
     *
     * @param combined through the combined security-info registration (Authentication Methods events first)
     */
    record Registration(SampleUser user, Instant start, List<Method> methods, boolean combined, String ip, long seed)
            implements Scenario {

        public Registration {
            methods = List.copyOf(methods);
        }
    }

    /** What a {@link Directory} scenario does. */
    enum DirectoryKind { ADMIN_RESET, CHANGE_PASSWORD, APP_UPDATE, AUTH_METHODS }

    /**
     * Another audited action around password reset (only in modern audit exports).
     *
     * @param actor the administrator acting, or the user themself
     */
    record Directory(DirectoryKind kind, SampleUser user, SampleUser actor, Instant start, long seed)
            implements Scenario {
    }
}
