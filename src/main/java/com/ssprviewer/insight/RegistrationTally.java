package com.ssprviewer.insight;

import com.ssprviewer.model.Method;
import com.ssprviewer.model.Registration;
import com.ssprviewer.model.Text;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Questions 1 to 3: who registered, their latest registration, and the data registered. Modern events often say
 * that a user registered without listing the data, so the data answer looks at each user's latest registration
 * that does list data, while "who has registered" shows the latest registration of all.
 */
final class RegistrationTally {

    /** Later time wins; at the same time the later stored event wins, so the feeding order never matters. */
    private static final Comparator<Registration> RECENCY =
            Comparator.comparing(Registration::time).thenComparingLong(Registration::eventId);

    private final Map<String, Registration> latest = new HashMap<>();
    private final Map<String, Registration> latestWithData = new HashMap<>();

    void add(Registration registration) {
        String user = Text.userKey(registration.user());
        if (user == null || !registration.successful()) {
            return;
        }
        keepLatest(latest, user, registration);
        if (!registration.methods().isEmpty()) {
            keepLatest(latestWithData, user, registration);
        }
    }

    private static void keepLatest(Map<String, Registration> map, String user, Registration candidate) {
        map.merge(user, candidate, (kept, fresh) -> RECENCY.compare(fresh, kept) >= 0 ? fresh : kept);
    }

    long registeredUsers() {
        return latest.size();
    }

    List<RegisteredUser> registrations() {
        return latest.entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .map(e -> new RegisteredUser(e.getKey(), e.getValue().role(), e.getValue().time(),
                        e.getValue().methods()))
                .collect(Collectors.toList());
    }

    /** Per user, the methods of their latest successful registration that lists data. */
    Map<String, List<Method>> registeredData() {
        Map<String, List<Method>> out = new HashMap<>();
        latestWithData.forEach((user, r) -> out.put(user, r.methods()));
        return out;
    }

    Map<Method, Long> dataRegistered() {
        EnumCounts<Method> counts = new EnumCounts<>(Method.class);
        for (Registration r : latestWithData.values()) {
            EnumSet.copyOf(r.methods()).forEach(counts::increment);
        }
        return counts.toMap();
    }
}
