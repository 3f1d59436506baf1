package com.ssprviewer.insight;

import com.ssprviewer.model.ResetAttempt;

import java.util.List;

/**
 * One suspicious-activity rule. A rule is an accumulator: it is fed every reset attempt once, in any order, and then
 * asked for its findings. Attempts without a user are ignored, because every finding is about a user (or an IP
 * address used by users).
 */
public interface SuspicionRule {

    /** The rule's stable name, used in output and as a translation key. */
    String name();

    /** One English sentence the UI shows to explain why a finding is worth a look. */
    String explanation();

    void add(ResetAttempt attempt);

    /** The findings so far, sorted by user; calling it does not consume the data. */
    List<Finding> findings();
}
