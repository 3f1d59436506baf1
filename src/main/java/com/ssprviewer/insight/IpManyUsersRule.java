package com.ssprviewer.insight;

import com.ssprviewer.model.ResetAttempt;
import com.ssprviewer.model.Text;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code ip-many-users}: one IP address used in reset attempts of 3 or more distinct users within one hour, that
 * is with less than one hour between the first and the last of those attempts. The finding's user is the IP
 * address; count = the largest number of distinct users in any one-hour span; first and last = the first and last
 * attempt of that span (the earliest span when several reach the same count). Attempts of any outcome count;
 * attempts without a user or an IP address do not.
 */
public final class IpManyUsersRule extends SuspicionRule {

    public static final String NAME = "ip-many-users";
    public static final String EXPLANATION = "One IP address was used for password reset attempts of three or more"
            + " different users within one hour, which can point to someone trying many accounts.";
    /** The smallest number of distinct users reported. */
    public static final int THRESHOLD = 3;

    private static final Comparator<Use> ORDER = Comparator.comparing(Use::time).thenComparing(Use::user);

    private final Map<String, List<Use>> byIp = new HashMap<>();

    private record Use(Instant time, String user) {
    }

    public IpManyUsersRule() {
        super(NAME, EXPLANATION);
    }

    @Override
    public void add(ResetAttempt attempt) {
        String user = Text.userKey(attempt.user());
        String ip = Text.trimToNull(attempt.ipAddress());
        if (user != null && ip != null) {
            byIp.computeIfAbsent(ip, i -> new ArrayList<>()).add(new Use(attempt.time(), user));
        }
    }

    @Override
    public List<Finding> findings() {
        List<Finding> out = new ArrayList<>();
        List<String> ips = new ArrayList<>(byIp.keySet());
        ips.sort(null);
        for (String ip : ips) {
            List<Use> sorted = new ArrayList<>(byIp.get(ip));
            sorted.sort(ORDER);
            Finding busiest = busiestHour(ip, sorted);
            if (busiest.count() >= THRESHOLD) {
                out.add(busiest);
            }
        }
        return out;
    }

    /** Slides a one-hour span over the sorted uses, starting it at each use in turn, counting distinct users. */
    private static Finding busiestHour(String ip, List<Use> uses) {
        Map<String, Integer> usesPerUser = new HashMap<>();
        int best = 0;
        int bestStart = 0;
        int bestEnd = 0;
        int end = 0;
        for (int start = 0; start < uses.size(); start++) {
            Instant from = uses.get(start).time();
            while (end < uses.size() && TimeSpans.within(from, uses.get(end).time(), TimeSpans.HOUR)) {
                usesPerUser.merge(uses.get(end++).user(), 1, Integer::sum);
            }
            if (usesPerUser.size() > best) {
                best = usesPerUser.size();
                bestStart = start;
                bestEnd = end - 1;
            }
            usesPerUser.computeIfPresent(uses.get(start).user(), (u, n) -> n == 1 ? null : n - 1);
        }
        return new Finding(NAME, ip, best, uses.get(bestStart).time(), uses.get(bestEnd).time());
    }
}
