package com.ssprviewer.lists;

import com.ssprviewer.model.Registration;
import com.ssprviewer.store.Store;
import com.ssprviewer.store.api.AttemptRow;
import com.ssprviewer.store.api.EventRow;
import com.ssprviewer.store.api.PolicyChange;
import com.ssprviewer.store.query.AttemptSort;
import com.ssprviewer.store.query.EventSort;
import com.ssprviewer.store.query.ListKind;
import com.ssprviewer.store.query.PolicySort;
import com.ssprviewer.store.query.RegistrationSort;
import java.util.EnumSet;
import java.util.List;

/**
 * The lists: every audit event, every password reset attempt, every registration, every change of the password
 * reset policy.
 */
public final class ListDefinitions {

    public static final ListDefinition<EventRow> EVENTS = new ListDefinition<>(ListKind.EVENTS, "events",
            "list stored audit events", List.of(
            ListColumn.<EventRow>of("date", "column.date", EventRow::time).sortedBy(EventSort.DATE).asTime()
                    .widths(160, 1.8f).printedOnOneLine(),
            ListColumn.<EventRow>of("service", "column.service", EventRow::service).sortedBy(EventSort.SERVICE)
                    .widths(230, 1.6f),
            ListColumn.<EventRow>of("category", "column.category", EventRow::category).sortedBy(EventSort.CATEGORY)
                    .printedOnOneLine(),
            ListColumn.<EventRow>of("activity", "column.activity", EventRow::activity).sortedBy(EventSort.ACTIVITY)
                    .wide(),
            ListColumn.<EventRow>of("status", "column.status", EventRow::status).sortedBy(EventSort.STATUS)
                    .widths(90, 1.3f).printedOnOneLine(),
            ListColumn.<EventRow>of("reason", "column.reason", EventRow::reason).sortedBy(EventSort.REASON).wide(),
            ListColumn.<EventRow>of("initiatedBy", "column.initiatedBy", EventRow::initiatedBy)
                    .sortedBy(EventSort.INITIATED_BY).widths(200, 2.0f),
            ListColumn.<EventRow>of("target", "column.target", EventRow::target).sortedBy(EventSort.TARGET)
                    .widths(200, 2.0f),
            ListColumn.<EventRow>of("ip", "column.ip", EventRow::ipAddress).sortedBy(EventSort.IP)
                    .widths(120, 1.6f).printedOnOneLine(),
            ListColumn.<EventRow>of("correlationId", "column.correlationId", EventRow::correlationId)
                    .widths(230, 1.6f).hidden()),
            EnumSet.of(FilterField.DATE, FilterField.SERVICE, FilterField.CATEGORY, FilterField.ACTIVITY,
                    FilterField.STATUS, FilterField.INITIATED_BY, FilterField.TARGET, FilterField.TEXT),
            Store::events);

    public static final ListDefinition<AttemptRow> ATTEMPTS = new ListDefinition<>(ListKind.ATTEMPTS, "attempts",
            "list password reset attempts", List.of(
            ListColumn.<AttemptRow>of("user", "column.user", r -> r.attempt().user()).sortedBy(AttemptSort.USER)
                    .widths(220, 2.0f),
            ListColumn.<AttemptRow>of("role", "column.role", r -> r.attempt().role()).sortedBy(AttemptSort.ROLE)
                    .widths(140, 1.3f),
            ListColumn.<AttemptRow>of("date", "column.dateTime", r -> r.attempt().time()).sortedBy(AttemptSort.DATE)
                    .asTime().widths(160, 1.8f).printedOnOneLine(),
            ListColumn.<AttemptRow>of("methods", "column.methods", r -> r.attempt().methods())
                    .sortedBy(AttemptSort.METHODS).widths(180, 1.6f),
            ListColumn.<AttemptRow>of("result", "column.result", r -> r.attempt().outcome())
                    .sortedBy(AttemptSort.RESULT).widths(115, 1.3f).printedOnOneLine(),
            ListColumn.<AttemptRow>of("details", "column.details", r -> r.attempt().details())
                    .sortedBy(AttemptSort.DETAILS).wide()),
            EnumSet.of(FilterField.DATE, FilterField.RESULT, FilterField.METHOD, FilterField.USER, FilterField.TEXT),
            Store::attempts);

    public static final ListDefinition<Registration> REGISTRATIONS = new ListDefinition<>(ListKind.REGISTRATIONS,
            "registrations", "list password reset registrations", List.of(
                    ListColumn.<Registration>of("user", "column.user", Registration::user)
                            .sortedBy(RegistrationSort.USER).widths(260, 2.0f),
                    ListColumn.<Registration>of("role", "column.role", Registration::role)
                            .sortedBy(RegistrationSort.ROLE).widths(150, 1.3f),
                    ListColumn.<Registration>of("date", "column.dateTime", Registration::time)
                            .sortedBy(RegistrationSort.DATE).asTime().widths(160, 1.8f).printedOnOneLine(),
                    ListColumn.<Registration>of("data", "column.dataRegistered", Registration::data)
                            .sortedBy(RegistrationSort.DATA).wide()),
            EnumSet.of(FilterField.DATE, FilterField.METHOD, FilterField.USER, FilterField.TEXT),
            Store::registrations);

    /** Microsoft's ninth question: who changed the password reset policy, when, and what they changed. */
    public static final ListDefinition<PolicyChange> POLICY = new ListDefinition<>(ListKind.POLICY, "policy",
            "list password reset policy changes", List.of(
                    ListColumn.<PolicyChange>of("date", "column.dateTime", PolicyChange::time)
                            .sortedBy(PolicySort.DATE).asTime().widths(160, 1.8f).printedOnOneLine(),
                    ListColumn.<PolicyChange>of("initiatedBy", "column.initiatedBy", PolicyChange::initiatedBy)
                            .sortedBy(PolicySort.INITIATED_BY).widths(220, 2.7f),
                    ListColumn.<PolicyChange>of("status", "column.status", PolicyChange::status)
                            .sortedBy(PolicySort.STATUS).widths(90, 1.3f).printedOnOneLine(),
                    ListColumn.<PolicyChange>of("changes", "column.changes", PolicyChange::changesText)
                            .widths(520, 4.6f)),
            EnumSet.of(FilterField.DATE, FilterField.STATUS, FilterField.INITIATED_BY, FilterField.TEXT),
            Store::policyChanges);

    /** Every list, for checks that walk them all. */
    public static final List<ListDefinition<?>> ALL = List.of(EVENTS, ATTEMPTS, REGISTRATIONS, POLICY);

    private ListDefinitions() {
    }
}
