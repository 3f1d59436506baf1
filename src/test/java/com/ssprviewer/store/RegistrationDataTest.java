package com.ssprviewer.store;

import static com.ssprviewer.store.Fixtures.at;
import static com.ssprviewer.store.Fixtures.classicRegistration;
import static com.ssprviewer.store.Fixtures.importRows;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.ssprviewer.importer.ExportFormats;
import com.ssprviewer.insight.Summaries;
import com.ssprviewer.model.Activities;
import com.ssprviewer.model.Actor;
import com.ssprviewer.model.AuditEvent;
import com.ssprviewer.model.EventKind;
import com.ssprviewer.model.Method;
import com.ssprviewer.model.Registration;
import com.ssprviewer.model.Status;
import com.ssprviewer.model.Target;
import com.ssprviewer.model.Unlisted;
import com.ssprviewer.sample.SampleGenerator;
import com.ssprviewer.sample.SampleSpec;
import com.ssprviewer.store.query.EventFilter;
import com.ssprviewer.work.Progress;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A registration from an audit export shows what the records of its registration session say was registered, or
 * that the export does not say it.
 */
class RegistrationDataTest {

    private static final String USER = "renee.oconnor@fabrikam.com";
    private static final String AUTH_METHODS = "Authentication Methods";

    @TempDir
    Path dir;
    Store store;

    @BeforeEach
    void open() throws Exception {
        store = Store.open(dir.resolve("store"));
    }

    @AfterEach
    void close() {
        store.close();
    }

    private static AuditEvent event(Instant time, String service, String activity, String reason, String corr) {
        Actor actor = new Actor("User", "Renée O'Connor", "oid", USER, "192.0.2.169", "tenant", null, null, null);
        return new AuditEvent(null, EventKind.AUDIT, time, service, "UserManagement", activity, Status.SUCCESS, reason,
                corr, "Update", "Mozilla/5.0", actor, List.of(new Target("User", "Renée O'Connor", "oid", USER,
                List.of())), List.of(), null, List.of(), null);
    }

    private static List<AuditEvent> session(String corr) {
        return List.of(
                event(at(0), AUTH_METHODS, "User started security info registration", "", corr),
                event(at(1), AUTH_METHODS, "User registered security info", "User registered Mobile Phone SMS", corr),
                event(at(2), AUTH_METHODS, "User registered security info",
                        "User registered Authenticator App with Notification and Code", corr),
                event(at(3), AUTH_METHODS, "User registered all required security info", "", corr));
    }

    private static AuditEvent registered(String corr) {
        return event(at(4), Activities.SSPR_SERVICE, Activities.REGISTERED, "", corr);
    }

    private List<Registration> registrations() {
        List<Registration> out = new ArrayList<>();
        store.forEachRegistration(EventFilter.NONE, out::add);
        return out;
    }

    @Test
    void aRegistrationTakesTheMethodsItsSessionRegistered() {
        List<Object> rows = new ArrayList<>(session("corr-1"));
        rows.add(registered("corr-1"));
        importRows(store, "audit.csv", rows);

        Registration r = registrations().get(0);
        assertEquals(List.of(Method.MOBILE_PHONE, Method.AUTHENTICATOR_APP), r.methods());
        assertEquals(r.methods(), r.data());
    }

    @Test
    void aRegistrationWhoseRecordsSayNothingIsNotInTheExport() {
        importRows(store, "audit.csv", List.of(registered("corr-2"),
                event(at(1), AUTH_METHODS, "User registered security info", "User registered Email", "other")));

        Registration r = registrations().get(0);
        assertFalse(r.dataInExport());
        assertEquals(List.of(), r.methods());
    }

    @Test
    void aSessionSplitBetweenTwoFilesCompletesTheRegistrationWhicheverComesFirst() {
        importRows(store, "newer.csv", List.of(registered("corr-3")));
        importRows(store, "older.csv", session("corr-3"));
        assertEquals(List.of(Method.MOBILE_PHONE, Method.AUTHENTICATOR_APP), registrations().get(0).methods());

        importRows(store, "older2.csv", session("corr-4").stream().map(e -> shifted(e, 60)).toList());
        importRows(store, "newer2.csv", List.of(shifted(registered("corr-4"), 60)));
        Registration later = registrations().stream().filter(r -> r.time().equals(at(64))).findFirst().orElseThrow();
        assertEquals(List.of(Method.MOBILE_PHONE, Method.AUTHENTICATOR_APP), later.methods());
    }

    @Test
    void aClassicRowKeepsTheDataItsReportLists() {
        importRows(store, "classic.csv", List.of(classicRegistration(at(0), USER, "User", Method.OFFICE_PHONE),
                classicRegistration(at(1), "lee.gu@fabrikam.com", "User")));

        List<Registration> all = registrations();
        assertEquals(List.of(Method.OFFICE_PHONE), all.get(0).data());
        assertEquals(List.of(), all.get(1).data());
    }

    @Test
    void theSamplesRegistrationsShowTheirDataAndTheSummaryCountsIt() throws Exception {
        for (String name : List.of("classic-registration-activity.csv", "audit-logs-download.csv",
                "audit-logs-download.json")) {
            store.importFile(copy(name), ExportFormats.opener(), Progress.NONE);
        }
        Map<String, Object> audit = registrations().stream()
                .filter(r -> !r.activity().equals(Activities.CLASSIC_REGISTRATION))
                .collect(Collectors.toMap(Registration::user, Registration::data));

        assertEquals(Map.of(USER, List.of(Method.MOBILE_PHONE), "lidia.holloway@fabrikam.com",
                Unlisted.NOT_IN_EXPORT), audit);
        assertEquals(Map.of(Method.MOBILE_PHONE, 23L, Method.ALTERNATE_EMAIL, 19L, Method.SECURITY_QUESTIONS, 11L,
                        Method.OFFICE_PHONE, 1L, Method.AUTHENTICATOR_APP, 0L),
                Summaries.compute(store, EventFilter.NONE, Instant.parse("2025-03-26T00:00:00Z")).dataRegistered());
    }

    @Test
    void mostRegistrationsOfTheGeneratedSampleShowTheirData() throws Exception {
        Path out = Files.createDirectories(dir.resolve("sample"));
        for (Path file : new SampleGenerator(SampleSpec.defaults()).writeAll(out, Progress.NONE)) {
            store.importFile(file, ExportFormats.opener(), Progress.NONE);
        }
        List<Registration> audit = registrations().stream()
                .filter(r -> !r.activity().equals(Activities.CLASSIC_REGISTRATION)).toList();

        assertEquals(58, audit.size());
        assertEquals(40, audit.stream().filter(Registration::dataInExport).count());
        assertEquals(Map.of(Method.ALTERNATE_EMAIL, 12L, Method.OFFICE_PHONE, 7L, Method.MOBILE_PHONE, 28L,
                        Method.SECURITY_QUESTIONS, 4L, Method.AUTHENTICATOR_APP, 8L),
                Summaries.compute(store, EventFilter.NONE, SampleSpec.DEFAULT_END).dataRegistered());
    }

    private static AuditEvent shifted(AuditEvent e, int minutes) {
        return new AuditEvent(e.sourceId(), e.kind(), e.time().plusSeconds(60L * minutes), e.service(), e.category(),
                e.activity(), e.status(), e.reason(), e.correlationId(), e.operationType(), e.userAgent(), e.actor(),
                e.targets(), e.additionalDetails(), e.role(), e.methods(), e.result());
    }

    private Path copy(String name) throws Exception {
        Path target = dir.resolve(name);
        try (InputStream in = getClass().getResourceAsStream("/samples/" + name)) {
            Files.copy(in, target);
        }
        return target;
    }
}
