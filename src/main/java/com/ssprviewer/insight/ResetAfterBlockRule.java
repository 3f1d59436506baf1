package com.ssprviewer.insight;

import com.ssprviewer.model.Outcome;
import com.ssprviewer.model.ResetAttempt;
import com.ssprviewer.model.Text;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code reset-after-block}: a Succeeded attempt less than 24 hours after a Blocked attempt of the same user (a
 * success at the very moment of the block counts, one exactly 24 hours later does not). Count = such successes, each
 * counted once however many blocks precede it; first and last = the times of the first and last of them.
 */
public final class ResetAfterBlockRule extends SuspicionRule {

    public static final String NAME = "reset-after-block";
    public static final String EXPLANATION = "The user reset their password less than 24 hours after being blocked"
            + " from password reset, although such a block normally lasts 24 hours.";

    private final TimesByUser blocked = new TimesByUser();
    private final TimesByUser succeeded = new TimesByUser();

    public ResetAfterBlockRule() {
        super(NAME, EXPLANATION);
    }

    @Override
    public void add(ResetAttempt attempt) {
        String user = Text.userKey(attempt.user());
        if (user == null) {
            return;
        }
        if (attempt.outcome() == Outcome.BLOCKED) {
            blocked.add(user, attempt.time());
        } else if (attempt.outcome() == Outcome.SUCCEEDED) {
            succeeded.add(user, attempt.time());
        }
    }

    @Override
    public List<Finding> findings() {
        List<Finding> out = new ArrayList<>();
        blocked.forEachUser((user, blocks) -> {
            List<Instant> hits = successesSoonAfter(blocks, succeeded.sorted(user));
            if (!hits.isEmpty()) {
                out.add(new Finding(NAME, user, hits.size(), hits.get(0), hits.get(hits.size() - 1)));
            }
        });
        return out;
    }

    /** For each success, only the latest block at or before it matters: an earlier block is even further away. */
    private static List<Instant> successesSoonAfter(List<Instant> blocks, List<Instant> successes) {
        List<Instant> hits = new ArrayList<>();
        int next = 0;
        Instant latestBlock = null;
        for (Instant success : successes) {
            while (next < blocks.size() && !blocks.get(next).isAfter(success)) {
                latestBlock = blocks.get(next++);
            }
            if (latestBlock != null && TimeSpans.within(latestBlock, success, TimeSpans.DAY)) {
                hits.add(success);
            }
        }
        return hits;
    }
}
