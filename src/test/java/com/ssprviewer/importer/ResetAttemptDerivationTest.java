package com.ssprviewer.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.ssprviewer.model.Activities;
import com.ssprviewer.model.AttemptDeriver;
import com.ssprviewer.model.AuditEvent;
import com.ssprviewer.model.Method;
import com.ssprviewer.model.Outcome;
import com.ssprviewer.model.ResetAttempt;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Sanity of the readers against the samples README: the events they yield derive the documented attempts. */
class ResetAttemptDerivationTest {

    @Test
    void theAuditCsvYieldsTheDocumentedAttempts() throws IOException {
        List<ResetAttempt> attempts = derive(events("audit-logs-download.csv"));
        assertEquals(19, attempts.size());
        assertEquals(counts(9, 2, 5, 1, 1, 1), outcomes(attempts));
        assertEquals(Map.of(Method.MOBILE_PHONE, 7, Method.AUTHENTICATOR_APP, 2, Method.ALTERNATE_EMAIL, 1),
                succeededMethods(attempts));
    }

    @Test
    void theJsonDownloadYieldsTheDocumentedAttempts() throws IOException {
        List<ResetAttempt> attempts = derive(events("audit-logs-download.json"));
        assertEquals(11, attempts.size());
        assertEquals(counts(5, 1, 2, 1, 1, 1), outcomes(attempts));
        assertEquals(Map.of(Method.MOBILE_PHONE, 4, Method.ALTERNATE_EMAIL, 1, Method.OFFICE_PHONE, 1),
                succeededMethods(attempts));
    }

    @Test
    void bothGraphPagesDeDuplicatedByIdYieldTheDocumentedAttempts() throws IOException {
        Map<String, AuditEvent> byId = new LinkedHashMap<>();
        for (String page : List.of("graph-directoryAudits-page1.json", "graph-directoryAudits-page2.json")) {
            for (AuditEvent e : events(page)) {
                byId.putIfAbsent(e.sourceId(), e);
            }
        }
        assertEquals(37, byId.size());
        List<ResetAttempt> attempts = derive(new ArrayList<>(byId.values()));
        assertEquals(8, attempts.size());
        assertEquals(counts(4, 1, 1, 1, 1, 0), outcomes(attempts));
        assertEquals(Map.of(Method.AUTHENTICATOR_APP, 2, Method.MOBILE_PHONE, 2, Method.ALTERNATE_EMAIL, 1),
                succeededMethods(attempts));
    }

    @Test
    void graphPageOneAloneYieldsItsDocumentedAttempts() throws IOException {
        assertEquals(counts(2, 1, 0, 1, 1, 0), outcomes(derive(events("graph-directoryAudits-page1.json"))));
    }

    private static List<AuditEvent> events(String sample) throws IOException {
        return Exports.events(Exports.readAll(Exports.sample(sample)));
    }

    private static List<ResetAttempt> derive(List<AuditEvent> events) {
        Map<String, List<AuditEvent>> groups = new LinkedHashMap<>();
        int single = 0;
        for (AuditEvent e : events) {
            if (Activities.isResetFlow(e.service(), e.activity())) {
                String key = e.correlationId() == null ? "event:" + single++ : "corr:" + e.correlationId();
                groups.computeIfAbsent(key, k -> new ArrayList<>()).add(e);
            }
        }
        List<ResetAttempt> out = new ArrayList<>();
        groups.forEach((key, group) -> out.add(AttemptDeriver.fromFlow(key, group)));
        return out;
    }

    private static Map<Outcome, Integer> outcomes(List<ResetAttempt> attempts) {
        Map<Outcome, Integer> out = new EnumMap<>(Outcome.class);
        for (Outcome o : Outcome.values()) {
            out.put(o, 0);
        }
        attempts.forEach(a -> out.merge(a.outcome(), 1, Integer::sum));
        return out;
    }

    private static Map<Outcome, Integer> counts(int succeeded, int failed, int abandoned, int blocked, int canceled,
                                                int contacted) {
        Map<Outcome, Integer> out = new EnumMap<>(Outcome.class);
        out.put(Outcome.SUCCEEDED, succeeded);
        out.put(Outcome.FAILED, failed);
        out.put(Outcome.ABANDONED, abandoned);
        out.put(Outcome.BLOCKED, blocked);
        out.put(Outcome.CANCELED, canceled);
        out.put(Outcome.CONTACTED_ADMIN, contacted);
        return out;
    }

    private static Map<Method, Integer> succeededMethods(List<ResetAttempt> attempts) {
        Map<Method, Integer> out = new EnumMap<>(Method.class);
        attempts.stream().filter(a -> a.outcome() == Outcome.SUCCEEDED)
                .forEach(a -> a.methods().forEach(m -> out.merge(m, 1, Integer::sum)));
        return out;
    }
}
