package com.ssprviewer.insight;

import com.ssprviewer.model.Method;
import com.ssprviewer.model.Registration;
import com.ssprviewer.model.ResetAttempt;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Computes a {@link Summary} in one pass over the data, so the store can stream millions of rows without holding them:
 * memory grows with the number of distinct users and with the attempts the suspicious-activity rules must remember.
 * Feed it with {@code store.forEachAttempt(filter, builder::addAttempt)} and the like; the order of feeding does not
 * change the result. Attempts without a user count in every total but in no per-user answer.
 */
public final class SummaryBuilder {

    private final Instant asOf;
    private final AttemptTally totals;
    private final ProblemTally problems = new ProblemTally();
    private final AdminResetTally adminResets = new AdminResetTally();
    private final RegistrationTally registrations = new RegistrationTally();
    private final SuspiciousActivity suspicious = new SuspiciousActivity();

    /** @param asOf the end of the last-7-days window, usually now */
    public SummaryBuilder(Instant asOf) {
        this.asOf = Objects.requireNonNull(asOf, "asOf");
        this.totals = new AttemptTally(asOf);
    }

    /** Adds one reset attempt; its time and outcome must be present (the store guarantees both). */
    public void addAttempt(ResetAttempt attempt) {
        Objects.requireNonNull(attempt.time(), "a reset attempt needs a time");
        Objects.requireNonNull(attempt.outcome(), "a reset attempt needs an outcome");
        totals.add(attempt);
        problems.add(attempt);
        adminResets.add(attempt);
        suspicious.add(attempt);
    }

    /** Adds one registration; only successful registrations of a known user and time count. */
    public void addRegistration(Registration registration) {
        if (registration.time() != null) {
            registrations.add(registration);
        }
    }

    /**
     * Per registered user whose registrations list data, the methods of the latest one that does: the users behind
     * {@link Summary#dataRegistered()} (a method's count is the number of users whose list includes it), so a
     * drill-down can show exactly them. Users whose registrations never list data are absent.
     */
    public Map<String, List<Method>> registeredData() {
        return Map.copyOf(registrations.registeredData());
    }

    /**
     * The answers for everything fed so far; may be called again after feeding more.
     *
     * @param events the number of stored events in the same window, which only the store knows
     */
    public Summary build(long events) {
        return new Summary(asOf, events, totals.attempts(), totals.outcomes(), registrations.registeredUsers(),
                registrations.registrations(), registrations.dataRegistered(), totals.resetsLast7Days(),
                totals.attemptsLast7Days(), totals.methods(), problems.problems(), adminResets.adminSelfResets(),
                suspicious.findings());
    }
}
