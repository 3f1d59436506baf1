package com.ssprviewer.sample;

import com.ssprviewer.model.DetailsEntry;
import com.ssprviewer.model.Method;
import com.ssprviewer.model.Outcome;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/**
 * Plans one reset attempt with a given outcome: which gates the user goes through, how far they get and which
 * Details row the classic report would write. Administrators face a two-gate policy, users mostly one.
 */
final class ResetPlanner {

    private static final int INSUFFICIENT_METHODS = 29;
    private static final int[] INELIGIBLE = {26, 27, 28, 33, 34};
    private static final int[] ON_PREMISES = {30, 31, 32};
    private static final int SUCCEEDED = 35;

    private ResetPlanner() {
    }

    /**
     * @param classicEra the attempt falls in the period of the classic report, which knows no Authenticator App
     *                   and no banned-password failure
     */
    static Scenario.Reset plan(SampleUser user, Instant start, Outcome outcome, boolean classicEra, String ip,
                               Random random) {
        List<Gate> gates = gates(user, classicEra, random);
        int required = user.isAdmin() || (gates.size() > 1 && random.nextInt(5) == 0) ? 2 : 1;
        long seed = random.nextLong();
        return switch (outcome) {
            case SUCCEEDED -> gates.size() < required
                    ? failed(user, start, gates, Gate.details(INSUFFICIENT_METHODS), ip, seed)
                    : new Scenario.Reset(user, start, outcome, gates.subList(0, required), required, false, true,
                            Gate.details(SUCCEEDED), !classicEra && random.nextInt(6) == 0, ip, seed);
            case FAILED -> planFailed(user, start, gates.subList(0, Math.min(required, gates.size())), classicEra,
                    ip, random, seed);
            case ABANDONED -> planAbandoned(user, start, gates.subList(0, Math.min(required, gates.size())), ip,
                    random, seed);
            case CANCELED -> {
                boolean late = random.nextInt(3) == 0 && gates.size() >= required;
                yield new Scenario.Reset(user, start, outcome, gates.subList(0, late ? required : 1),
                        late ? required : 0, !late, true, Gate.details(late ? 20 : 19), false, ip, seed);
            }
            case CONTACTED_ADMIN -> {
                Gate contact = firstWith(gates, g -> g.contactedAdmin().isPresent(), Gate.EMAIL);
                yield new Scenario.Reset(user, start, outcome, List.of(contact), 0, true, true,
                        contact.contactedAdmin().orElseThrow(), false, ip, seed);
            }
            case BLOCKED -> {
                Gate blocked = firstWith(gates, g -> g.blocked().isPresent(), Gate.MOBILE_SMS);
                DetailsEntry details = blocked == Gate.MOBILE_SMS && random.nextInt(3) == 0
                        ? Gate.details(18) : blocked.blocked().orElseThrow();
                yield new Scenario.Reset(user, start, Outcome.BLOCKED, List.of(blocked), 0, true, true, details,
                        false, ip, seed);
            }
        };
    }

    private static Scenario.Reset planFailed(SampleUser user, Instant start, List<Gate> gates, boolean classicEra,
                                             String ip, Random random, long seed) {
        int kind = random.nextInt(10);
        if (!classicEra && kind < 4) {
            return new Scenario.Reset(user, start, Outcome.FAILED, gates, gates.size(), false, true, null, true, ip,
                    seed);
        }
        if (kind < 7) {
            int number = ON_PREMISES[random.nextInt(ON_PREMISES.length)];
            return new Scenario.Reset(user, start, Outcome.FAILED, gates, gates.size(), false, true,
                    Gate.details(number), false, ip, seed);
        }
        int number = kind == 7 ? INSUFFICIENT_METHODS : INELIGIBLE[random.nextInt(INELIGIBLE.length)];
        return failed(user, start, gates, Gate.details(number), ip, seed);
    }

    private static Scenario.Reset failed(SampleUser user, Instant start, List<Gate> gates, DetailsEntry details,
                                         String ip, long seed) {
        boolean presented = details.number() == INSUFFICIENT_METHODS;
        return new Scenario.Reset(user, start, Outcome.FAILED, gates, 0, false, presented, details, false, ip, seed);
    }

    private static Scenario.Reset planAbandoned(SampleUser user, Instant start, List<Gate> gates, String ip,
                                                Random random, long seed) {
        int stop = random.nextInt(10);
        if (stop < 2) {
            return new Scenario.Reset(user, start, Outcome.ABANDONED, gates, 0, false, true, Gate.details(6), false,
                    ip, seed);
        }
        if (stop < 8) {
            int at = random.nextInt(gates.size());
            boolean started = stop < 5;
            Gate gate = gates.get(at);
            Optional<DetailsEntry> details = started ? gate.abandonedAfterStarting() : gate.abandonedAfterCompleting();
            return new Scenario.Reset(user, start, Outcome.ABANDONED, gates, started ? at : at + 1, started, true,
                    details.orElse(null), false, ip, seed);
        }
        return new Scenario.Reset(user, start, Outcome.ABANDONED, gates, gates.size(), false, true,
                Gate.details(stop == 8 ? 12 : 13), false, ip, seed);
    }

    private static List<Gate> gates(SampleUser user, boolean classicEra, Random random) {
        List<Gate> out = new ArrayList<>();
        for (Method m : user.methods()) {
            if (!(classicEra && m == Method.AUTHENTICATOR_APP)) {
                out.add(Gate.of(m, random));
            }
        }
        if (out.isEmpty()) {
            out.add(Gate.MOBILE_SMS);
        }
        return out;
    }

    private static Gate firstWith(List<Gate> gates, java.util.function.Predicate<Gate> test, Gate fallback) {
        return gates.stream().filter(test).findFirst().orElse(fallback);
    }
}
