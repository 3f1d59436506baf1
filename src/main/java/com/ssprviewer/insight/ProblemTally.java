package com.ssprviewer.insight;

import com.ssprviewer.model.DetailsCatalog;
import com.ssprviewer.model.DetailsEntry;
import com.ssprviewer.model.Outcome;
import com.ssprviewer.model.ResetAttempt;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Question 6: the problems people hit. Every attempt that did not succeed counts, with or without a known user.
 * Details are grouped by their published wording, so {@code user canceled ...} and {@code User cancelled ....}
 * are one problem; details the catalog does not know are grouped as exported (trimmed), empty details included.
 */
final class ProblemTally {

    static final Comparator<Problem> ORDER =
            Comparator.comparingLong(Problem::count).reversed().thenComparing(Problem::details);

    private final Map<String, EnumCounts<Outcome>> byDetails = new HashMap<>();

    void add(ResetAttempt attempt) {
        if (attempt.outcome() == Outcome.SUCCEEDED) {
            return;
        }
        byDetails.computeIfAbsent(DetailsCatalog.canonical(attempt.details()), d -> new EnumCounts<>(Outcome.class))
                .increment(attempt.outcome());
    }

    List<Problem> problems() {
        return byDetails.entrySet().stream()
                .map(e -> problem(e.getKey(), e.getValue()))
                .sorted(ORDER)
                .collect(Collectors.toList());
    }

    private static Problem problem(String details, EnumCounts<Outcome> outcomes) {
        Optional<DetailsEntry> entry = DetailsCatalog.find(details);
        Outcome result = entry.map(DetailsEntry::result).orElseGet(outcomes::mostFrequent);
        String fix = entry.flatMap(DetailsEntry::fixText).orElse("");
        return new Problem(details, result, outcomes.total(), fix);
    }
}
