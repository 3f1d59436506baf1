package com.ssprviewer.store.imports;

import com.ssprviewer.model.AuditEvent;
import com.ssprviewer.model.Method;
import com.ssprviewer.model.RegisteredMethods;
import com.ssprviewer.model.Text;
import com.ssprviewer.store.schema.Columns;
import com.ssprviewer.store.schema.RegistrationData;
import com.ssprviewer.store.schema.Strings;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The audit registrations of the running import and what its records state about registered methods, by
 * correlation id ({@link RegisteredMethods}). A registration is written once the whole file is read, with the data
 * its session states: the session's records usually come before it, and may lie anywhere in the file. When stored
 * events lie near the import, a session may also span files: a registration that found nothing in its file asks
 * the store, and stored registrations whose session gained records are worked out again.
 */
final class NewRegistrations {

    private final List<Pending> pending = new ArrayList<>();
    private final Map<String, Stated> stated = new HashMap<>();

    /** Notes what an audit event states; {@code registration} when it is a registration itself. */
    void added(AuditEvent e, long id, long ts, String user, boolean registration) {
        String corr = Text.trimToNull(e.correlationId());
        Set<Method> methods = RegisteredMethods.stated(e);
        if (corr != null && !methods.isEmpty()) {
            stated.computeIfAbsent(corr, k -> new Stated()).add(methods, ts);
        }
        if (registration) {
            pending.add(new Pending(id, user, ts, e.status().code(), Columns.text(e.activity()), corr, methods));
        }
    }

    /**
     * Writes the registrations with their data; with {@code storedNear}, also completes sessions that span files.
     */
    void write(Connection c, Strings dict, boolean storedNear) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement(EventWriter.INSERT_REGISTRATION)) {
            insertAll(c, dict, insert, storedNear);
        }
    }

    private void insertAll(Connection c, Strings dict, PreparedStatement insert, boolean storedNear)
            throws SQLException {
        Set<String> written = new HashSet<>();
        for (Pending r : pending) {
            Set<Method> methods = EnumSet.noneOf(Method.class);
            methods.addAll(r.own);
            if (r.corr != null) {
                written.add(r.corr);
                Stated s = stated.get(r.corr);
                if (s != null) {
                    methods.addAll(s.methods);
                }
                if (methods.isEmpty() && storedNear) {
                    methods.addAll(RegistrationData.stated(c, dict, r.corr, r.ts));
                }
            }
            List<Method> list = List.copyOf(methods);
            insert.setLong(1, r.id);
            insert.setString(2, r.user);
            insert.setLong(3, r.ts);
            insert.setString(4, Method.join(list));
            insert.setInt(5, Columns.mask(list));
            insert.setString(6, r.status);
            insert.setString(7, r.activity);
            insert.addBatch();
        }
        insert.executeBatch();
        if (storedNear) {
            for (Map.Entry<String, Stated> s : stated.entrySet()) {
                if (!written.contains(s.getKey())) {
                    RegistrationData.refresh(c, dict, s.getKey(), s.getValue().first - RegistrationData.SESSION,
                            s.getValue().last + RegistrationData.SESSION);
                }
            }
        }
        pending.clear();
        stated.clear();
    }

    /** The time range of the import's registrations and stating records, or null when it has none. */
    long[] range() {
        long from = Long.MAX_VALUE;
        long to = Long.MIN_VALUE;
        for (Pending r : pending) {
            from = Math.min(from, r.ts);
            to = Math.max(to, r.ts);
        }
        for (Stated s : stated.values()) {
            from = Math.min(from, s.first);
            to = Math.max(to, s.last);
        }
        return from > to ? null : new long[] {from, to};
    }

    private record Pending(long id, String user, long ts, String status, String activity, String corr,
                           Set<Method> own) {
    }

    /** What the import's records of one correlation id state, and when. */
    private static final class Stated {
        final Set<Method> methods = EnumSet.noneOf(Method.class);
        long first = Long.MAX_VALUE;
        long last = Long.MIN_VALUE;

        void add(Set<Method> more, long ts) {
            methods.addAll(more);
            first = Math.min(first, ts);
            last = Math.max(last, ts);
        }
    }
}
