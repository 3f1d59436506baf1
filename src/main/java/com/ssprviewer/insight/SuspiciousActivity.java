package com.ssprviewer.insight;

import com.ssprviewer.model.ResetAttempt;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Question 8, "is there suspicious activity around password reset?": the four rules fed
 * together, their findings sorted by rule, then user. The explanations are here so that the UI can show (and later
 * translate) why each kind of finding matters without knowing the rule classes.
 */
public final class SuspiciousActivity {

    static final Comparator<Finding> ORDER = Comparator.comparing(Finding::rule).thenComparing(Finding::user);

    private final List<SuspicionRule> rules = newRules();

    /** A fresh set of the product's rules, in name order. */
    public static List<SuspicionRule> newRules() {
        return List.of(new BlockedRule(), new IpManyUsersRule(), new RepeatedFailuresRule(), new ResetAfterBlockRule());
    }

    /** Rule name to its one-sentence English explanation, in name order. */
    public static Map<String, String> explanations() {
        Map<String, String> map = new LinkedHashMap<>();
        newRules().forEach(r -> map.put(r.name(), r.explanation()));
        return map;
    }

    /** The explanation of a rule by its name, empty for a name no rule has. */
    public static Optional<String> explanation(String rule) {
        return Optional.ofNullable(explanations().get(rule));
    }

    public void add(ResetAttempt attempt) {
        rules.forEach(r -> r.add(attempt));
    }

    public List<Finding> findings() {
        List<Finding> all = new ArrayList<>();
        rules.forEach(r -> all.addAll(r.findings()));
        all.sort(ORDER);
        return all;
    }
}
