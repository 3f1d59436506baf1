package com.ssprviewer.ui.coverage;

import com.ssprviewer.insight.Coverage;
import com.ssprviewer.insight.CoverageFigure;
import com.ssprviewer.insight.CoverageList;
import com.ssprviewer.model.UserRegistration;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * One snapshot's coverage with its users and the previous snapshot's, so every number can open exactly the users it
 * counts without reading the store again.
 *
 * @param days     every snapshot's day, newest first (the chooser's choices)
 * @param coverage null when no snapshot is stored
 * @param users    every user of the snapshot, members and guests
 * @param previous every user of the previous snapshot, by user principal name; empty for the first
 * @param disagreements how many contradictions between registration events and snapshots there are (of every
 *                 snapshot, not only this one)
 */
public record CoverageData(List<LocalDate> days, Coverage coverage, List<UserRegistration> users,
                           Map<String, UserRegistration> previous, int disagreements) {
    private static final Comparator<UserRegistration> BY_USER =
            Comparator.comparing(u -> u.userPrincipalName().toLowerCase(Locale.ROOT));

    public CoverageData {
        days = List.copyOf(days);
        users = List.copyOf(users);
        previous = Map.copyOf(previous);
    }

    static CoverageData none(List<LocalDate> days) {
        return new CoverageData(days, null, List.of(), Map.of(), 0);
    }

    /** The users a number counts, by user principal name. */
    public List<UserRegistration> users(CoverageFigure figure) {
        return matching(figure::counts);
    }

    /** The members who registered a method (Graph's name); members whose methods are unknown are not among them. */
    public List<UserRegistration> usersWithMethod(String method) {
        return matching(u -> u.member() && u.methodsKnown() && u.methodsRegistered().contains(method));
    }

    /** The users of a list, as the snapshot (or, for gone users, the previous one) states them. */
    public List<UserRegistration> users(CoverageList list) {
        Map<String, UserRegistration> byName = list.fromPrevious() ? previous
                : users.stream().collect(Collectors.toMap(UserRegistration::userPrincipalName,
                        u -> u, (a, b) -> a));
        return list.of(coverage).stream().map(byName::get).filter(Objects::nonNull).sorted(BY_USER).toList();
    }

    private List<UserRegistration> matching(Predicate<UserRegistration> test) {
        return users.stream().filter(test).sorted(BY_USER).toList();
    }
}
