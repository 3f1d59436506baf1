package com.ssprviewer.ui.coverage;

import com.ssprviewer.insight.Coverage;
import com.ssprviewer.insight.CoverageFigure;
import com.ssprviewer.insight.CoverageList;
import com.ssprviewer.model.UserRegistration;
import com.ssprviewer.store.Store;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Reads the users behind one coverage number from the store, as the snapshot states them, by user principal name
 * ignoring case. Runs on a background thread when a number is opened.
 */
final class CoverageUsers {
    private static final Comparator<UserRegistration> BY_USER =
            Comparator.comparing(u -> u.userPrincipalName().toLowerCase(Locale.ROOT));

    private CoverageUsers() {
    }

    /** The users a figure counts. */
    static List<UserRegistration> of(Store store, LocalDate day, CoverageFigure figure) {
        return matching(store, day, figure::counts);
    }

    /** The members who registered a method (Graph's name); members whose methods are unknown are not among them. */
    static List<UserRegistration> withMethod(Store store, LocalDate day, String method) {
        return matching(store, day, u -> u.member() && u.methodsKnown() && u.methodsRegistered().contains(method));
    }

    /** The users of a list, from the snapshot (or, for gone users, the previous one). */
    static List<UserRegistration> of(Store store, Coverage coverage, CoverageList list) {
        Set<String> names = new HashSet<>(list.of(coverage));
        LocalDate day = list.fromPrevious() ? coverage.changes().previous() : coverage.snapshot();
        return matching(store, day, u -> names.contains(u.userPrincipalName()));
    }

    private static List<UserRegistration> matching(Store store, LocalDate day, Predicate<UserRegistration> test) {
        List<UserRegistration> out = new ArrayList<>();
        store.forEachSnapshotUser(day, u -> {
            if (test.test(u.registration())) {
                out.add(u.registration());
            }
        });
        out.sort(BY_USER);
        return out;
    }
}
