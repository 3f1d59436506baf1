package com.ssprviewer.insight;

import com.ssprviewer.model.UserRegistration;
import java.util.function.Predicate;
import java.util.function.ToIntFunction;

/**
 * The headline numbers of registration coverage, in the order the window and the report show them. Each knows its
 * count on a {@link Coverage} and which users of the snapshot it counts, so a number and the list it opens agree.
 */
public enum CoverageFigure {
    MEMBERS(Coverage::members, u -> u.member()),
    GUESTS(Coverage::guests, u -> !u.member()),
    SSPR_REGISTERED(Coverage::ssprRegistered, u -> u.member() && u.ssprRegistered()),
    SSPR_ENABLED(Coverage::ssprEnabled, u -> u.member() && u.ssprEnabled()),
    SSPR_CAPABLE(Coverage::ssprCapable, u -> u.member() && u.ssprCapable()),
    MFA_REGISTERED(Coverage::mfaRegistered, u -> u.member() && u.mfaRegistered()),
    MFA_CAPABLE(Coverage::mfaCapable, u -> u.member() && u.mfaCapable()),
    PASSWORDLESS_CAPABLE(Coverage::passwordlessCapable, u -> u.member() && u.passwordlessCapable());

    private final ToIntFunction<Coverage> count;
    private final Predicate<UserRegistration> counts;

    CoverageFigure(ToIntFunction<Coverage> count, Predicate<UserRegistration> counts) {
        this.count = count;
        this.counts = counts;
    }

    /** The number on a snapshot's coverage. */
    public int of(Coverage coverage) {
        return count.applyAsInt(coverage);
    }

    /** Whether this number counts the user. */
    public boolean counts(UserRegistration user) {
        return counts.test(user);
    }

    /** Members and guests are the whole; the others are shown as a share of members. */
    public boolean isShare() {
        return this != MEMBERS && this != GUESTS;
    }
}
