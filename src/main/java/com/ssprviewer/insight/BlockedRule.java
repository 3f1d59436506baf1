package com.ssprviewer.insight;

import com.ssprviewer.model.Outcome;
import com.ssprviewer.model.ResetAttempt;
import com.ssprviewer.model.Text;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code blocked}: a user with at least one Blocked attempt. Count = the user's Blocked attempts; first and last =
 * the times of the first and last of them.
 */
public final class BlockedRule extends SuspicionRule {

    public static final String NAME = "blocked";
    public static final String EXPLANATION = "The user was blocked from self-service password reset at least once,"
            + " usually after too many wrong verification codes or answers.";

    private final TimesByUser blocked = new TimesByUser();

    public BlockedRule() {
        super(NAME, EXPLANATION);
    }

    @Override
    public void add(ResetAttempt attempt) {
        String user = Text.userKey(attempt.user());
        if (user != null && attempt.outcome() == Outcome.BLOCKED) {
            blocked.add(user, attempt.time());
        }
    }

    @Override
    public List<Finding> findings() {
        List<Finding> out = new ArrayList<>();
        blocked.forEachUser((user, times) -> {
            Instant first = times.get(0);
            Instant last = times.get(times.size() - 1);
            out.add(new Finding(NAME, user, times.size(), first, last));
        });
        return out;
    }
}
