package com.ssprviewer.ui.details;

import com.ssprviewer.model.Registration;
import com.ssprviewer.store.api.StoredEvent;
import com.ssprviewer.ui.common.I18n;
import com.ssprviewer.ui.lists.ListContext;
import javafx.scene.Node;

/**
 * Every field of one stored event, its targets with the properties it changed (old and new values), its
 * additional details and the raw record, with links to the whole reset flow and to the user's history.
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

    @Override
    public Node view() {
        return view("details-event-blade", () -> context.access().store().event(eventId),
                found -> found.ifPresentOrElse(this::show, () -> layout.message(I18n.get("details.notFound"))));
    }

    private void show(StoredEvent stored) {
        flowAndHistoryLinks(stored.event().correlationId(), stored.event().user());
        layout.show(EventSections.of(stored, context.timeFormat(), registration));
    }
}
