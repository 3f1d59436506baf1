package com.ssprviewer.ui.details;

import com.ssprviewer.model.Activities;
import com.ssprviewer.model.AuditEvent;
import com.ssprviewer.model.EventKind;
import com.ssprviewer.model.Registration;
import com.ssprviewer.model.Target;
import com.ssprviewer.store.api.SnapshotState;
import com.ssprviewer.store.api.StoredEvent;
import com.ssprviewer.ui.common.I18n;
import com.ssprviewer.ui.lists.ListContext;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;

/**
 * Every field of one stored event, its targets with the properties it changed (old and new values), its
 * additional details and the raw record, with links to the whole reset flow (for an event of a reset) and to the
 * user's history.
 */
public final class EventDetailsBlade extends DetailsBlade {
    private final long eventId;
    private final Registration registration;

    public EventDetailsBlade(ListContext context, long eventId, DetailsLinks links) {
        this(context, eventId, links, null);
    }

    /** The details of a registration's event, with the data it registered (or that the export does not say it). */
    public EventDetailsBlade(ListContext context, long eventId, DetailsLinks links, Registration registration) {
        super(context, links);
        this.eventId = eventId;
        this.registration = registration;
    }

    public long eventId() {
        return eventId;
    }

    @Override
    public String title() {
        return I18n.get("details.title.event");
    }

    /** The event and its user's state in each registration snapshot. */
    private record Loaded(StoredEvent stored, List<SnapshotState> snapshots) {
    }

    @Override
    public Node view() {
        return view("details-event-blade", () -> context.access().store().event(eventId).map(stored ->
                        new Loaded(stored, context.access().store().userSnapshots(stored.event().user(),
                                userObjectId(stored.event())))),
                found -> found.ifPresentOrElse(this::show, () -> layout.message(I18n.get("details.notFound"))));
    }

    private void show(Loaded loaded) {
        StoredEvent stored = loaded.stored();
        AuditEvent e = stored.event();
        // a registration or any event outside a reset has no reset flow to show
        boolean inFlow = e.kind() == EventKind.AUDIT && Activities.isResetFlow(e.service(), e.activity());
        flowAndHistoryLinks(inFlow ? e.correlationId() : null, e.user());
        List<Node> sections = new ArrayList<>(EventSections.of(stored, context.timeFormat(), registration));
        SnapshotStates.section(loaded.snapshots()).ifPresent(s -> sections.add(Math.min(1, sections.size()), s));
        layout.show(sections);
    }

    /** The object id of the user the event is about, when its target is that user. */
    private static String userObjectId(AuditEvent event) {
        List<Target> targets = event.targets();
        if (targets.isEmpty() || event.user() == null) {
            return null;
        }
        Target t = targets.get(0);
        return t.userPrincipalName() != null && event.user().equalsIgnoreCase(t.userPrincipalName())
                ? t.objectId() : null;
    }
}
