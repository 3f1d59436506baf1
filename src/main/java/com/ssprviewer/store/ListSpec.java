package com.ssprviewer.store;

import com.ssprviewer.store.query.ListKind;
import com.ssprviewer.store.query.Sort;
import java.util.Map;

/**
 * The SQL shape of each list: its table (with the role join), id column, and for every whitelisted sort field the
 * expression and the index that serves it (none for the texts: those walk the events' sort key or the values of a
 * few-valued column, or sort in full). Nothing outside this table can reach an ORDER BY.
 */
record ListSpec(String alias, String from, String id, Map<String, String> sortColumns, Map<String, String> indexes) {

    /** The sort expression of a user's role: the one sort column that reads the role join. */
    private static final String ROLE = "COALESCE(r.role, '')";

    private static final ListSpec EVENTS = new ListSpec("e", "events e", "e.id",
            Map.of("date", "e.ts", "service", "e.service", "category", "e.category", "activity", "e.activity",
                    "status", "e.status", "reason", "e.reason", "initiatedby", "e.initiated_by", "target", "e.target",
                    "ip", "e.ip"),
            Map.of("date", "events_ts"));

    private static final ListSpec ATTEMPTS = new ListSpec("a",
            "attempts a%s LEFT JOIN latest_roles r ON r.user_key = a.user_key", "a.id",
            Map.of("user", "a.user_key", "role", ROLE, "date", "a.ts", "methods", "a.methods",
                    "result", "a.outcome", "details", "a.details"),
            Map.of("user", "attempts_user", "date", "attempts_ts"));

    private static final ListSpec REGISTRATIONS = new ListSpec("g",
            "registrations g%s LEFT JOIN latest_roles r ON r.user_key = g.user_key", "g.event_id",
            Map.of("user", "g.user_key", "role", ROLE, "date", "g.ts", "data", "g.methods"),
            Map.of("user", "registrations_user", "date", "registrations_ts", "data", "registrations_methods"));

    static ListSpec of(ListKind kind) {
        switch (kind) {
            case EVENTS:
                return EVENTS;
            case ATTEMPTS:
                return ATTEMPTS;
            default:
                return REGISTRATIONS;
        }
    }

    /** The sort, checked against the list's whitelist; null means the list's default (newest first). */
    static Sort checked(ListKind kind, Sort sort) {
        Sort s = sort == null ? kind.defaultSort() : sort;
        if (s.field() == null || !kind.sortFields().contains(s.field())) {
            throw new IllegalArgumentException("Cannot sort " + kind.name().toLowerCase(java.util.Locale.ROOT)
                    + " by '" + s.field() + "'; sort by one of: " + String.join(", ", kind.sortFields()) + ".");
        }
        return s;
    }

    String sortColumn(String field) {
        return sortColumns.get(field);
    }

    /** The list's own table with its alias, without the role join: enough where no role is read. */
    String table() {
        int join = from.indexOf("%s");
        return join < 0 ? from : from.substring(0, join);
    }

    /** Whether the sort column is a user's role, read from the role join. */
    boolean sortsByRole(String column) {
        return ROLE.equals(column);
    }

    /** Whether a scan reading {@code column} (null: none, as a count) under the condition needs the role join. */
    boolean readsRoles(String column, FilterSql.Where where) {
        return where.readsRoles() || sortsByRole(column);
    }

    /**
     * The FROM clause of a scan that reads {@code column} (null: none) under the condition: the list's table alone
     * unless the scan reads the role join (a join per row is most of a scan's cost).
     */
    String scanFrom(String column, FilterSql.Where where) {
        return readsRoles(column, where) ? fromClause(null) : table();
    }

    /**
     * The FROM clause of a scan in id order, through the primary key and no other index, that reads {@code column}
     * under the condition (with the role join only where it reads roles).
     */
    String idOrderFrom(String column, FilterSql.Where where) {
        return readsRoles(column, where) ? fromClause("") : table() + " USE INDEX ()";
    }

    /** The FROM clause; with an index name, the list's table is walked through that index. */
    String fromClause(String index) {
        String hint = index == null ? "" : " USE INDEX (" + index + ")";
        if (from.contains("%s")) {
            return String.format(from, hint);
        }
        return from + hint;
    }
}
