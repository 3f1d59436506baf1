package com.ssprviewer.store.imports;

import com.ssprviewer.model.Activities;
import com.ssprviewer.model.AuditEvent;
import com.ssprviewer.model.EventKind;
import com.ssprviewer.model.Method;
import com.ssprviewer.model.Text;
import com.ssprviewer.store.schema.Columns;
import com.ssprviewer.store.schema.EventCodec;
import com.ssprviewer.store.schema.Strings;
import com.ssprviewer.store.schema.ValueCounts;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

/**
 * Writes new events of one import with their classic registration and role rows, in JDBC batches, inside the
 * import's transaction; audit registrations wait for their whole file ({@link NewRegistrations}). Ids are assigned
 * here (the import holds the store's write lock), so attempts can refer to them without a round trip for generated
 * keys.
 */
final class EventWriter implements AutoCloseable {

    static final String INSERT_REGISTRATION = "INSERT INTO registrations (event_id, user_key, ts, methods,"
            + " methods_mask, status, activity) VALUES (?, ?, ?, ?, ?, ?, ?)";
    private static final int BATCH = 1000;

    private final PreparedStatement events;
    private final PreparedStatement registrations;
    private final PreparedStatement roles;
    private final long importId;
    private final EventCodec codec;
    private final Strings strings;
    private final ValueCounts counts;
    private final NewRegistrations newRegistrations;
    private final Map<String, Role> latestRoles = new HashMap<>();
    private long nextId;
    private int pending;

    EventWriter(Connection c, long importId, long firstId, Strings strings, ValueCounts counts,
                NewRegistrations newRegistrations) throws SQLException {
        this.importId = importId;
        this.newRegistrations = newRegistrations;
        this.counts = counts;
        this.strings = strings;
        this.codec = new EventCodec(strings, c);
        this.nextId = firstId;
        events = c.prepareStatement("INSERT INTO events (id, ts, key_hash, import_id, kind, service, category,"
                + " activity, status, reason, initiated_by, target, ip, correlation_id, user_key, methods, result,"
                + " detail) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        registrations = c.prepareStatement(INSERT_REGISTRATION);
        roles = c.prepareStatement(
                "INSERT INTO roles (user_key, role, ts, event_id, import_id) VALUES (?, ?, ?, ?, ?)");
    }

    /** Adds the event and returns its id. */
    long add(AuditEvent e, long ts, long key) throws SQLException {
        long id = nextId++;
        String user = Columns.text(e.user());
        int i = 1;
        events.setLong(i++, id);
        events.setLong(i++, ts);
        events.setLong(i++, key);
        events.setLong(i++, importId);
        events.setInt(i++, e.kind().code());
        String service = Columns.text(e.service());
        String category = Columns.text(e.category());
        String activity = Columns.text(e.activity());
        String status = e.status().code();
        String initiatedBy = Columns.text(e.actor().identity());
        String target = Columns.text(e.targetIdentity());
        String ip = Columns.text(e.actor().ipAddress());
        counts.add(service, category, activity, status, e.reason(), target, ip, initiatedBy);
        events.setString(i++, service);
        events.setString(i++, category);
        events.setString(i++, activity);
        events.setString(i++, status);
        events.setString(i++, e.reason());
        events.setString(i++, initiatedBy);
        events.setString(i++, target);
        events.setString(i++, ip);
        events.setString(i++, Columns.text(Text.trimToNull(e.correlationId())));
        events.setString(i++, user);
        events.setInt(i++, Columns.mask(e.methods()));
        events.setString(i++, e.result() == null ? null : e.result().code());
        events.setString(i, codec.encode(new EventCodec.Detail(e.sourceId(), e.operationType(), e.userAgent(),
                e.role(), e.actor(), e.targets(), e.additionalDetails(), e.methods())));
        events.addBatch();
        if (e.kind() == EventKind.AUDIT) {
            newRegistrations.added(e, id, ts, user, Activities.isRegistration(e.activity()));
        } else if (e.kind() == EventKind.CLASSIC_REGISTRATION) {
            addRegistration(e, id, ts, user);
        }
        String role = Text.trimToNull(e.role());
        if (role != null && !user.isEmpty()) {
            latestRoles.merge(user, new Role(role, ts, id), Role::newer);
        }
        if (++pending >= BATCH) {
            flush();
        }
        return id;
    }

    private void addRegistration(AuditEvent e, long id, long ts, String user) throws SQLException {
        registrations.setLong(1, id);
        registrations.setString(2, user);
        registrations.setLong(3, ts);
        registrations.setString(4, Method.join(e.methods()));
        registrations.setInt(5, Columns.mask(e.methods()));
        registrations.setString(6, e.status().code());
        registrations.setString(7, Columns.text(e.activity()));
        registrations.addBatch();
    }

    void flush() throws SQLException {
        strings.flush();
        events.executeBatch();
        registrations.executeBatch();
        pending = 0;
    }

    /**
     * Writes each user's newest role of this import (a classic report repeats it on every row; only the newest can
     * matter to {@code latest_roles}).
     */
    void finishRoles() throws SQLException {
        for (Map.Entry<String, Role> r : latestRoles.entrySet()) {
            roles.setString(1, r.getKey());
            roles.setString(2, r.getValue().role());
            roles.setLong(3, r.getValue().ts());
            roles.setLong(4, r.getValue().eventId());
            roles.setLong(5, importId);
            roles.addBatch();
        }
        roles.executeBatch();
        latestRoles.clear();
    }

    /** A user's role as of one event; ties in time go to the later row. */
    private record Role(String role, long ts, long eventId) {
        static Role newer(Role a, Role b) {
            return b.ts > a.ts || (b.ts == a.ts && b.eventId > a.eventId) ? b : a;
        }
    }

    @Override
    public void close() throws SQLException {
        strings.release();
        events.close();
        registrations.close();
        roles.close();
    }
}
