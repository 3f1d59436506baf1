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
 * Attempts are first counted per details text as stored (a few dozen texts) and folded into their wording at the
 * end, so the catalog lookup runs once per text, not once per attempt.
 */
final class ProblemTally {

    static final Comparator<Problem> ORDER =
            Comparator.comparingLong(Problem::count).reversed().thenComparing(Problem::details);

    private final Map<String, EnumCounts<Outcome>> byText = new HashMap<>();

    void add(ResetAttempt attempt) {
        if (attempt.outcome() == Outcome.SUCCEEDED) {
            return;
        }
        byText.computeIfAbsent(attempt.details(), d -> new EnumCounts<>(Outcome.class)).increment(attempt.outcome());
    }

    List<Problem> problems() {
        Map<String, EnumCounts<Outcome>> byDetails = new HashMap<>();
        byText.forEach((text, counts) -> byDetails.computeIfAbsent(DetailsCatalog.canonical(text),
                d -> new EnumCounts<>(Outcome.class)).addAll(counts));
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
