package com.ssprviewer.report;

import com.ssprviewer.insight.AdminSelfResets;
import com.ssprviewer.insight.Coverage;
import com.ssprviewer.insight.Problem;
import com.ssprviewer.insight.RegisteredUser;
import com.ssprviewer.insight.Summary;
import com.ssprviewer.model.Method;
import com.ssprviewer.report.document.Tile;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The eight answers as tiles, a number and a short line of context each, the same numbers {@code summary} prints;
 * then the ninth question's tile, the changes of the password reset policy, which {@code summary} leaves out. With a
 * registration snapshot, the three registration tiles answer from it (events miss whoever registered before the
 * first export) and say its day, with the figure from events beside it.
 */
public final class OverviewTiles {

    private OverviewTiles() {
    }

    public static List<Tile> tiles(Summary s, long policyChanges, ReportTexts t) {
        return tiles(s, policyChanges, null, t);
    }

    /**
     * The tiles, the registration tiles from a snapshot.
     *
     * @param snapshot the newest registration snapshot's coverage; null to answer from events only
     */
    public static List<Tile> tiles(Summary s, long policyChanges, Coverage snapshot, ReportTexts t) {
        Map.Entry<Method, Long> topMethod = top(s.methods());
        Problem topProblem = s.problems().isEmpty() ? null : s.problems().get(0);
        long adminResets = s.adminSelfResets().stream().mapToLong(AdminSelfResets::count).sum();
        List<Tile> registration = snapshot == null ? fromEvents(s, t) : fromSnapshot(s, snapshot, t);
        return List.of(
                registration.get(0),
                registration.get(1),
                registration.get(2),
                new Tile(t.get("tile.resets"), Long.toString(s.resetsLast7Days()),
                        t.format("tile.resets.context", s.attemptsLast7Days())),
                new Tile(t.get("tile.methods"), label(topMethod, t),
                        t.format("tile.methods.context", topMethod == null ? 0 : topMethod.getValue())),
                new Tile(t.get("tile.problems"), topProblem == null ? "0" : Long.toString(topProblem.count()),
                        topProblem == null ? t.get("tile.none") : t.format("tile.problems.context",
                                topProblem.details())),
                new Tile(t.get("tile.adminResets"), Long.toString(adminResets),
                        t.format("tile.adminResets.context", s.adminSelfResets().size())),
                new Tile(t.get("tile.suspicious"), Integer.toString(s.suspicious().size()),
                        t.get("tile.suspicious.context")),
                new Tile(t.get("tile.policyChanges"), Long.toString(policyChanges),
                        t.get("tile.policyChanges.context")));
    }

    private static List<Tile> fromEvents(Summary s, ReportTexts t) {
        Map.Entry<Method, Long> topData = top(s.dataRegistered());
        return List.of(
                new Tile(t.get("tile.registeredUsers"), Long.toString(s.registeredUsers()),
                        t.get("tile.registeredUsers.context")),
                whoRegistered(s, t),
                new Tile(t.get("tile.dataRegistered"), topData == null ? "0" : Long.toString(topData.getValue()),
                        t.format("tile.dataRegistered.context", label(topData, t))));
    }

    private static List<Tile> fromSnapshot(Summary s, Coverage c, ReportTexts t) {
        String day = c.snapshot().toString();
        Map.Entry<Method, Long> topData = top(s.dataRegistered());
        Map.Entry<String, Long> topSnapshot = c.methods().entrySet().stream().findFirst().orElse(null);
        String registered = Integer.toString(c.ssprRegistered());
        String topName = topSnapshot == null ? t.get("tile.none") : t.registeredMethod(topSnapshot.getKey());
        return List.of(
                new Tile(t.get("tile.registeredUsers"), registered,
                        t.format("tile.registeredUsers.snapshot", day, s.registeredUsers())),
                whoRegistered(s, t),
                new Tile(t.get("tile.dataRegistered"),
                        topSnapshot == null ? "0" : Long.toString(topSnapshot.getValue()),
                        t.format("tile.dataRegistered.snapshot", topName, day,
                                topData == null ? 0 : topData.getValue(), label(topData, t))));
    }

    /**
     * "Who registered" names people: the number of users the events show registering, with the newest of them,
     * where "Users registered" beside it counts (from the snapshot when there is one).
     */
    private static Tile whoRegistered(Summary s, ReportTexts t) {
        Optional<RegisteredUser> newest = s.registrations().stream()
                .max(Comparator.comparing(RegisteredUser::time, Comparator.nullsFirst(Comparator.naturalOrder())));
        int count = s.registrations().size();
        return new Tile(t.get("tile.registrations"), Integer.toString(count), newest.isEmpty() ? t.get("tile.none")
                : t.format("tile.registrations.context", newest.get().user(), count - 1));
    }

    private static Map.Entry<Method, Long> top(Map<Method, Long> counts) {
        return counts.entrySet().stream().filter(e -> e.getValue() > 0)
                .max(Map.Entry.<Method, Long>comparingByValue()).orElse(null);
    }

    private static String label(Map.Entry<Method, Long> entry, ReportTexts t) {
        return entry == null ? t.get("tile.none") : t.value(entry.getKey());
    }
}
