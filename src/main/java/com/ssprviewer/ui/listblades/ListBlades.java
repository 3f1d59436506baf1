package com.ssprviewer.ui.listblades;

import com.ssprviewer.store.query.EventFilter;
import com.ssprviewer.store.query.SavedView;
import com.ssprviewer.ui.auditlog.AuditLogBlades;
import com.ssprviewer.ui.common.Blade;
import com.ssprviewer.ui.common.I18n;
import com.ssprviewer.ui.details.DetailsLinks;
import com.ssprviewer.ui.lists.ListBlade;
import com.ssprviewer.ui.lists.ListContext;
import com.ssprviewer.ui.policy.PolicyBlades;
import com.ssprviewer.ui.registrations.RegistrationBlades;
import com.ssprviewer.ui.resets.ResetBlades;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Makes the list blades for the wiring: the root lists for the navigation (remembering their filters) and
 * filtered drill-downs for links (the Overview's tiles, the details' "Whole reset flow" and "User's history").
 * It lives apart from the feature packages because it knows them all and they link back through it.
 */
public final class ListBlades implements DetailsLinks {
    private final ListContext context;
    private final Runnable dataChanged;
    private Consumer<ListBlade<?>> viewSaver;

    public ListBlades(ListContext context) {
        this(context, () -> { });
    }

    /** {@code dataChanged} tells the window a details blade changed the store's rows (it forgot a user). */
    public ListBlades(ListContext context, Runnable dataChanged) {
        this.context = context;
        this.dataChanged = dataChanged;
    }

    @Override
    public void dataChanged() {
        dataChanged.run();
    }

    public ListContext context() {
        return context;
    }

    /** What a list blade's Save view does (the window asks for a name and saves); set once by the wiring. */
    public void onSaveView(Consumer<ListBlade<?>> saver) {
        viewSaver = saver;
    }

    /** The blade of a saved view's list, showing the view (its filters, range, sort and columns). */
    public ListBlade<?> open(SavedView view) {
        EventFilter filter = view.filter();
        Supplier<String> name = view::name;
        ListBlade<?> blade;
        switch (view.list()) {
            case EVENTS:
                blade = AuditLogBlades.create(context, filter, name, this);
                break;
            case ATTEMPTS:
                blade = ResetBlades.create(context, filter, name, this);
                break;
            case REGISTRATIONS:
                blade = RegistrationBlades.create(context, filter, name, this);
                break;
            default:
                blade = PolicyBlades.create(context, filter, name, this);
                break;
        }
        blade.show(view);
        return saving(blade);
    }

    private ListBlade<?> saving(ListBlade<?> blade) {
        blade.onSaveView(b -> {
            if (viewSaver != null) {
                viewSaver.accept(b);
            }
        });
        return blade;
    }

    /** The Audit logs root blade, with the filters it was left with. */
    public ListBlade<?> auditLog() {
        return saving(AuditLogBlades.create(context, null, null, this));
    }

    /** Audit logs showing only {@code filter} (nothing remembered). */
    public ListBlade<?> auditLog(EventFilter filter) {
        return saving(AuditLogBlades.create(context, filter, describe(filter), this));
    }

    /** The Password reset activity root blade, with the filters it was left with. */
    public ListBlade<?> resets() {
        return saving(ResetBlades.create(context, null, null, this));
    }

    /** Password reset activity showing only {@code filter} (nothing remembered). */
    public ListBlade<?> resets(EventFilter filter) {
        return saving(ResetBlades.create(context, filter, describe(filter), this));
    }

    /** The Registration activity root blade, with the filters it was left with. */
    public ListBlade<?> registrations() {
        return saving(RegistrationBlades.create(context, null, null, this));
    }

    /** Registration activity showing only {@code filter} (nothing remembered). */
    public ListBlade<?> registrations(EventFilter filter) {
        return saving(RegistrationBlades.create(context, filter, describe(filter), this));
    }

    /** The Policy changes root blade, with the filters it was left with. */
    public ListBlade<?> policy() {
        return saving(PolicyBlades.create(context, null, null, this));
    }

    /** Policy changes showing only {@code filter} (nothing remembered). */
    public ListBlade<?> policy(EventFilter filter) {
        return saving(PolicyBlades.create(context, filter, describe(filter), this));
    }

    @Override
    public Blade flow(String correlationId) {
        return auditLog(EventFilter.builder().correlationId(correlationId).build());
    }

    @Override
    public Blade userHistory(String user) {
        return resets(EventFilter.builder().user(user).build());
    }

    private static Supplier<String> describe(EventFilter filter) {
        return () -> {
            if (filter.correlationId() != null) {
                return I18n.format("filter.correlation", filter.correlationId());
            }
            if (!filter.details().isEmpty()) {
                return I18n.format("list.subtitle.details",
                        String.join("; ", new java.util.TreeSet<>(filter.details())));
            }
            if (filter.user() != null) {
                return I18n.format("list.subtitle.user", filter.user());
            }
            return I18n.get("list.subtitle.filtered");
        };
    }
}
