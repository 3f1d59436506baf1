package com.ssprviewer.store.paging;

import com.ssprviewer.store.query.AttemptSort;
import com.ssprviewer.store.query.EventSort;
import com.ssprviewer.store.query.ListKind;
import com.ssprviewer.store.query.PolicySort;
import com.ssprviewer.store.query.RegistrationSort;
import com.ssprviewer.store.query.Sort;
import com.ssprviewer.store.query.SortField;
import com.ssprviewer.store.schema.Visible;
import java.util.function.ToLongFunction;

/**
 * The SQL shape of each list: its table (with the role join), id column, and for every sort field the expression and
 * the index that serves it (none for the texts: those walk the events' sort key or the values of a few-valued
 * column, or sort in full). Each list's fields map to SQL through an exhaustive switch, so a sort field cannot exist
 * without its SQL; nothing outside this table can reach an ORDER BY.
 *
 * @param time         the column of the row's time, which date filters read and equal sort values are ordered by
 * @param timeIndex    the index that walks the list's table in (time, id) order
 * @param visibleBelow the id below which a reader sees the list's rows while an import is under way
 * @param namesIndex   whether a query names the sort field's index (H2 would otherwise pick a filter index and sort
 *                     a large part of the table); registrations leave the choice to H2
 */
public record ListSpec(ListKind kind, String alias, String from, String id, String time, String timeIndex,
                       ToLongFunction<Visible> visibleBelow, boolean namesIndex) {

    /** The sort expression of a user's role: the one sort column that reads the role join. */
    private static final String ROLE = "COALESCE(r.role, '')";

    private static final ListSpec EVENTS = new ListSpec(ListKind.EVENTS, "e", "events e", "e.id", "ts", "events_ts",
            Visible::eventLimit, true);

    private static final ListSpec ATTEMPTS = new ListSpec(ListKind.ATTEMPTS, "a",
            "attempts a%s LEFT JOIN latest_roles r ON r.user_key = a.user_key", "a.id", "ts", "attempts_ts",
            Visible::attemptLimit, true);

    /** A registration is keyed by the id of its event, so the events' limit hides it too. */
    private static final ListSpec REGISTRATIONS = new ListSpec(ListKind.REGISTRATIONS, "g",
            "registrations g%s LEFT JOIN latest_roles r ON r.user_key = g.user_key", "g.event_id", "ts",
            "registrations_ts", Visible::eventLimit, false);

    /** The policy changes are events of one activity: the events' table, time and visibility. */
    private static final ListSpec POLICY = new ListSpec(ListKind.POLICY, "e", "events e", "e.id", "ts",
            "events_ts", Visible::eventLimit, true);

    /** A sort field's expression and the index that walks it in order, or null where none does. */
    private record SortSql(String column, String index) {
    }

    static ListSpec of(ListKind kind) {
        return switch (kind) {
            case EVENTS -> EVENTS;
            case ATTEMPTS -> ATTEMPTS;
            case REGISTRATIONS -> REGISTRATIONS;
            case POLICY -> POLICY;
        };
    }

    /** The sort, checked to be one of the list's fields; null means the list's default (newest first). */
    public static Sort checked(ListKind kind, Sort sort) {
        Sort s = sort == null ? kind.defaultSort() : sort;
        if (s.field() == null || s.field().list() != kind) {
            throw new IllegalArgumentException(kind.cannotSortBy(s.field() == null ? "null" : s.field().key()));
        }
        return s;
    }

    /** The expression a (checked) sort field orders by. */
    String sortColumn(SortField field) {
        return sql(field).column();
    }

    /** The index that walks a (checked) sort field in order, or null when none does. */
    String index(SortField field) {
        return sql(field).index();
    }

    /** The row's time with the list's alias: the tie-break of equal sort values. */
    String timeColumn() {
        return alias + "." + time;
    }

    /** The tie-break of a sort column: the row's time, or null when the column is the time itself. */
    String tieColumn(String sortColumn) {
        return timeColumn().equals(sortColumn) ? null : timeColumn();
    }

    /** The column holding the user's key (attempts and registrations), which the role join matches. */
    String userColumn() {
        return alias + ".user_key";
    }

    private SortSql sql(SortField field) {
        return switch (kind) {
            case EVENTS -> events((EventSort) field);
            case ATTEMPTS -> attempts((AttemptSort) field);
            case REGISTRATIONS -> registrations((RegistrationSort) field);
            case POLICY -> policy((PolicySort) field);
        };
    }

    private static SortSql events(EventSort field) {
        return switch (field) {
            case DATE -> new SortSql("e.ts", "events_ts");
            case SERVICE -> new SortSql("e.service", null);
            case CATEGORY -> new SortSql("e.category", null);
            case ACTIVITY -> new SortSql("e.activity", null);
            case STATUS -> new SortSql("e.status", null);
            case REASON -> new SortSql("e.reason", null);
            case INITIATED_BY -> new SortSql("e.initiated_by", null);
            case TARGET -> new SortSql("e.target", null);
            case IP -> new SortSql("e.ip", null);
        };
    }

    private static SortSql attempts(AttemptSort field) {
        return switch (field) {
            case USER -> new SortSql("a.user_key", "attempts_user");
            case ROLE -> new SortSql(ROLE, null);
            case DATE -> new SortSql("a.ts", "attempts_ts");
            case METHODS -> new SortSql("a.methods", null);
            case RESULT -> new SortSql("a.outcome", null);
            case DETAILS -> new SortSql("a.details", null);
        };
    }

    private static SortSql registrations(RegistrationSort field) {
        return switch (field) {
            case USER -> new SortSql("g.user_key", "registrations_user");
            case ROLE -> new SortSql(ROLE, null);
            case DATE -> new SortSql("g.ts", "registrations_ts");
            case DATA -> new SortSql("g.methods", "registrations_methods");
        };
    }

    private static SortSql policy(PolicySort field) {
        return switch (field) {
            case DATE -> new SortSql("e.ts", "events_ts");
            case INITIATED_BY -> new SortSql("e.initiated_by", null);
            case STATUS -> new SortSql("e.status", null);
        };
    }

    /** The name of the list's own table. */
    String tableName() {
        return from.substring(0, from.indexOf(' '));
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
     * The FROM clause of a scan in (time, id) order, through the time index, that reads {@code column} under the
     * condition (with the role join only where it reads roles).
     */
    String timeOrderFrom(String column, FilterSql.Where where) {
        return readsRoles(column, where) ? fromClause(timeIndex) : table() + " USE INDEX (" + timeIndex + ")";
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
