package com.ssprviewer.insight;

import com.ssprviewer.model.ResetAttempt;
import java.util.List;

/**
 * One suspicious-activity rule. A rule is an accumulator: it is fed every reset attempt once, in any order, and then
 * asked for its findings. Attempts without a user are ignored, because every finding is about a user (or an IP
 * address used by users).
 */
public abstract class SuspicionRule {

    private final String name;
    private final String explanation;

    protected SuspicionRule(String name, String explanation) {
        this.name = name;
        this.explanation = explanation;
    }

    /** The rule's stable name, used in output and as a translation key. */
    public final String name() {
        return name;
    }

    /** One English sentence the UI shows to explain why a finding is worth a look. */
    public final String explanation() {
        return explanation;
    }

    public abstract void add(ResetAttempt attempt);

    /** The findings so far, sorted by user; calling it does not consume the data. */
    public abstract List<Finding> findings();
}
