package com.ssprviewer.ui.details;

import com.ssprviewer.store.api.StoredEvent;
import com.ssprviewer.ui.common.Blade;
import com.ssprviewer.ui.common.I18n;
import com.ssprviewer.ui.common.Tasks;
import com.ssprviewer.ui.lists.ListContext;
import javafx.scene.Node;

/**
 * Every field of one stored event, its targets with the properties it changed (old and new values), its
 * additional details and the raw record, with links to the whole reset flow and to the user's history.
 */
public final class EventDetailsBlade implements Blade {
    private final ListContext context;
    private final long eventId;
    private final DetailsLinks links;
    private DetailsLayout layout;

    public EventDetailsBlade(ListContext context, long eventId, DetailsLinks links) {
        this.context = context;
        this.eventId = eventId;
        this.links = links == null ? DetailsLinks.NONE : links;
    }

    public long eventId() {
        return eventId;
    }

    @Override
    public String title() {
        return I18n.get("details.title.event");
    }

    @Override
    public double width() {
        return 520;
    }

    @Override
    public Node view() {
        if (layout == null) {
            layout = new DetailsLayout("details-event-blade");
            Tasks.create(() -> context.access().store().event(eventId))
                    .onSuccess(found -> found.ifPresentOrElse(this::show,
                            () -> layout.message(I18n.get("details.notFound"))))
                    .onError(e -> layout.message(I18n.format("details.failed", String.valueOf(e.getMessage()))))
                    .runOnce(context.access().executor());
        }
        return layout.view();
    }

    private void show(StoredEvent stored) {
        String corr = stored.event().correlationId();
        if (corr != null && !corr.isBlank()) {
            layout.link("details-flow", "details.link.flow", () -> open(links.flow(corr)));
        }
        String user = stored.event().user();
        if (user != null && !user.isBlank()) {
            layout.link("details-history", "details.link.history", () -> open(links.userHistory(user)));
        }
        layout.show(EventSections.of(stored, context.timeFormat()));
    }

    private void open(Blade blade) {
        if (blade != null) {
            context.navigator().open(this, blade);
        }
    }
}
