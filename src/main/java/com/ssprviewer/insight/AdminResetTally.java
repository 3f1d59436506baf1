package com.ssprviewer.insight;

import com.ssprviewer.model.Outcome;
import com.ssprviewer.model.ResetAttempt;
import com.ssprviewer.model.Text;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Question 7: administrators who reset their own password. An administrator is a user whose role is present and
 * is not {@code User} ({@link ResetAttempt#isAdministratorRole}); the role shown is the one on the user's latest
 * counted attempt (the store resolves every attempt to the user's latest role, so they normally agree).
 */
final class AdminResetTally {

    static final Comparator<AdminSelfResets> ORDER =
            Comparator.comparingLong(AdminSelfResets::count).reversed().thenComparing(AdminSelfResets::user);

    private final Map<String, Tally> byUser = new HashMap<>();

    void add(ResetAttempt attempt) {
        String user = Text.userKey(attempt.user());
        boolean adminReset = attempt.outcome() == Outcome.SUCCEEDED && ResetAttempt.isAdministratorRole(attempt.role());
        if (user == null || !adminReset) {
            return;
        }
        byUser.computeIfAbsent(user, u -> new Tally()).add(attempt);
    }

    List<AdminSelfResets> adminSelfResets() {
        return byUser.entrySet().stream()
                .map(e -> new AdminSelfResets(e.getKey(), e.getValue().role, e.getValue().count))
                .sorted(ORDER)
                .collect(Collectors.toList());
    }

    private static final class Tally {
        private long count;
        private String role;
        private Instant roleTime;

        void add(ResetAttempt attempt) {
            count++;
            if (roleTime == null || !attempt.time().isBefore(roleTime)) {
                role = attempt.role().strip();
                roleTime = attempt.time();
            }
        }
    }
}
