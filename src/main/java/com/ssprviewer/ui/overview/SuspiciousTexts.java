package com.ssprviewer.ui.overview;

import com.ssprviewer.insight.Finding;
import com.ssprviewer.model.Outcome;
import com.ssprviewer.store.query.EventFilter;
import com.ssprviewer.ui.common.I18n;
import java.util.EnumSet;
import java.util.Set;

/**
 * The words and the drill-down of each suspicious-activity rule. Rule names are the insight package's; their
 * names and explanations are translated here (keys written out whole so the key check sees them).
 */
final class SuspiciousTexts {
    static final String BLOCKED = "blocked";
    static final String IP_MANY_USERS = "ip-many-users";
    static final String REPEATED_FAILURES = "repeated-failures";
    static final String RESET_AFTER_BLOCK = "reset-after-block";

    private SuspiciousTexts() {
    }

    static String name(String rule) {
        return switch (rule) {
            case BLOCKED -> I18n.get("suspicious.rule.blocked");
            case IP_MANY_USERS -> I18n.get("suspicious.rule.ipManyUsers");
            case REPEATED_FAILURES -> I18n.get("suspicious.rule.repeatedFailures");
            case RESET_AFTER_BLOCK -> I18n.get("suspicious.rule.resetAfterBlock");
            // a rule of a newer program (a store is shared across versions) shows by its id
            default -> rule;
        };
    }

    static String explanation(String rule) {
        return switch (rule) {
            case BLOCKED -> I18n.get("suspicious.explain.blocked");
            case IP_MANY_USERS -> I18n.get("suspicious.explain.ipManyUsers");
            case REPEATED_FAILURES -> I18n.get("suspicious.explain.repeatedFailures");
            case RESET_AFTER_BLOCK -> I18n.get("suspicious.explain.resetAfterBlock");
            default -> "";
        };
    }

    /**
     * The attempts behind a finding, inside the Overview's window: the user's attempts in the finding's time span
     * (only the Blocked ones for "blocked", only the failed ones for "repeated-failures", so the list counts the
     * finding's number), or every attempt in the span whose text mentions the IP for "ip-many-users".
     */
    static EventFilter events(Finding f, EventFilter window) {
        EventFilter.Builder b = window.toBuilder().from(f.first()).to(f.last().plusNanos(1));
        return switch (f.rule()) {
            case IP_MANY_USERS -> b.text(f.user()).build();
            case BLOCKED -> b.user(f.user()).results(Set.of(Outcome.BLOCKED)).build();
            case REPEATED_FAILURES -> b.user(f.user()).results(EnumSet.complementOf(EnumSet.of(Outcome.SUCCEEDED)))
                    .build();
            case RESET_AFTER_BLOCK -> b.user(f.user()).build();
            default -> b.user(f.user()).build();
        };
    }
}
