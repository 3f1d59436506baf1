package com.ssprviewer.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ssprviewer.model.Activities;
import com.ssprviewer.model.AuditEvent;
import com.ssprviewer.model.DetailsCatalog;
import com.ssprviewer.model.DetailsEntry;
import com.ssprviewer.model.Method;
import com.ssprviewer.model.Outcome;
import com.ssprviewer.model.ResetAttempt;
import com.ssprviewer.work.Progress;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SampleContentTest {

    @TempDir
    static Path dir;
    private static List<AuditEvent> modern;
    private static List<ResetAttempt> attempts;
    private static List<String[]> classicResets;

    @BeforeAll
    static void generate() throws IOException {
        new SampleGenerator(SampleSpec.defaults()).writeAll(dir, Progress.NONE);
        modern = Exports.allModernEvents(dir);
        attempts = Exports.attempts(modern);
        List<String[]> rows = Exports.csv(dir.resolve(SampleGenerator.CLASSIC_RESETS));
        classicResets = rows.subList(1, rows.size());
    }

    @Test
    void modernFlowsDeriveToAllSixOutcomes() {
        Set<Outcome> seen = attempts.stream().map(ResetAttempt::outcome).collect(Collectors.toSet());
        assertEquals(EnumSet.allOf(Outcome.class), seen);
    }

    @Test
    void classicReportHasAllSixResultsEachWithAMatchingCatalogDetails() {
        Set<Outcome> seen = EnumSet.noneOf(Outcome.class);
        for (String[] r : classicResets) {
            assertEquals(6, r.length);
            Outcome result = Outcome.parse(r[4]).orElseThrow();
            DetailsEntry details = DetailsCatalog.find(r[5]).orElseThrow(() -> new AssertionError(r[5]));
            assertEquals(result, details.result(), r[5]);
            assertEquals(details.text(), r[5], "published wording");
            seen.add(result);
        }
        assertEquals(EnumSet.allOf(Outcome.class), seen);
    }

    @Test
    void succeededAttemptsUseAllFiveMethods() {
        Set<Method> used = EnumSet.noneOf(Method.class);
        attempts.stream().filter(a -> a.outcome() == Outcome.SUCCEEDED).forEach(a -> used.addAll(a.methods()));
        assertEquals(EnumSet.allOf(Method.class), used);
    }

    @Test
    void everyGateStepNameMapsToItsMethod() {
        for (Gate g : Gate.values()) {
            assertEquals(g.method(), Method.fromStepName(g.stepName()).orElseThrow());
        }
    }

    @Test
    void aboutOneInTenUsersIsAnAdministratorWithARole() {
        Tenant tenant = Tenant.create(1, 50);
        assertEquals(5, tenant.admins().size());
        assertTrue(tenant.admins().stream().allMatch(u -> Tenant.ADMIN_ROLES.contains(u.role())));
        Set<String> roles = new HashSet<>();
        classicResets.forEach(r -> roles.add(r[1]));
        assertTrue(roles.contains("User") && roles.size() > 2, "classic rows carry user and admin roles: " + roles);
        assertTrue(classicResets.stream().anyMatch(r -> !r[1].equals("User") && r[4].equals("Succeeded")),
                "administrators reset their own passwords");
    }

    @Test
    void someUserFailsThreeTimesWithinADay() {
        Map<String, List<ResetAttempt>> byUser = attempts.stream()
                .filter(a -> a.outcome() != Outcome.SUCCEEDED).collect(Collectors.groupingBy(ResetAttempt::user));
        boolean burst = byUser.values().stream().anyMatch(list -> {
            list.sort(Comparator.comparing(ResetAttempt::time));
            for (int i = 2; i < list.size(); i++) {
                if (Duration.between(list.get(i - 2).time(), list.get(i).time()).toHours() < 24) {
                    return true;
                }
            }
            return false;
        });
        assertTrue(burst);
    }

    @Test
    void oneAddressIsUsedByThreeUsersWithinAnHour() {
        Map<String, List<ResetAttempt>> byIp =
                attempts.stream().collect(Collectors.groupingBy(ResetAttempt::ipAddress));
        boolean shared = byIp.values().stream().anyMatch(list -> {
            list.sort(Comparator.comparing(ResetAttempt::time));
            for (int i = 0; i < list.size(); i++) {
                Set<String> users = new HashSet<>();
                for (int k = i; k < list.size()
                        && Duration.between(list.get(i).time(), list.get(k).time()).toMinutes() < 60; k++) {
                    users.add(list.get(k).user());
                }
                if (users.size() >= 3) {
                    return true;
                }
            }
            return false;
        });
        assertTrue(shared);
    }

    @Test
    void someUserResetsWithinADayAfterBeingBlocked() {
        Map<String, List<ResetAttempt>> byUser = attempts.stream().collect(Collectors.groupingBy(ResetAttempt::user));
        boolean found = byUser.values().stream().anyMatch(list -> list.stream()
                .filter(b -> b.outcome() == Outcome.BLOCKED)
                .anyMatch(b -> list.stream().anyMatch(s -> s.outcome() == Outcome.SUCCEEDED
                        && s.time().isAfter(b.time()) && Duration.between(b.time(), s.time()).toHours() < 24)));
        assertTrue(found);
    }

    @Test
    void theOtherActivitiesAroundResetAreThere() {
        Map<String, Set<String>> activitiesByService = new HashMap<>();
        modern.forEach(e -> activitiesByService.computeIfAbsent(e.service(), k -> new HashSet<>()).add(e.activity()));
        Set<String> sspr = activitiesByService.get(Activities.SSPR_SERVICE);
        assertTrue(sspr.containsAll(List.of(Activities.FLOW_PROGRESS, Activities.RESET_SELF_SERVICE,
                Activities.BLOCKED, Activities.REGISTERED, DirectoryRenderer.ADMIN_RESET,
                DirectoryRenderer.CHANGE_PASSWORD)), sspr.toString());
        assertTrue(activitiesByService.get(FlowBuilder.AUTH_METHODS).contains("User registered security info"));
        assertTrue(activitiesByService.get(FlowBuilder.CORE_DIRECTORY).contains(DirectoryRenderer.UPDATE_USER));
        List<String> agents = new ArrayList<>();
        modern.stream().filter(e -> e.activity().equals(DirectoryRenderer.ADMIN_RESET))
                .forEach(e -> agents.add(e.additionalDetails().get(0).key()));
        assertTrue(!agents.isEmpty() && agents.stream().allMatch("OnPremisesAgent"::equals));
        assertTrue(modern.stream().anyMatch(e -> e.reason().equals(ResetFlowRenderer.FUZZY)));
        assertTrue(modern.stream().anyMatch(e -> e.reason().startsWith("User cancelled before passing")));
    }

    @Test
    void classicRegistrationsListMethodsJoinedWithPlus() throws IOException {
        List<String[]> rows = Exports.csv(dir.resolve(SampleGenerator.CLASSIC_REGISTRATIONS));
        assertEquals(List.of("User", "Role", "Date and Time", "Data Registered"), List.of(rows.get(0)));
        boolean combination = false;
        for (String[] r : rows.subList(1, rows.size())) {
            List<Method> methods = Method.parseList(r[3]);
            assertEquals(Method.join(methods), r[3]);
            combination |= methods.size() > 1;
        }
        assertTrue(combination);
    }
}
