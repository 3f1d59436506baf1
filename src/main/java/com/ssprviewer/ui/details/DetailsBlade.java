package com.ssprviewer.ui.details;

import com.ssprviewer.ui.common.Blade;
import com.ssprviewer.ui.common.I18n;
import com.ssprviewer.ui.common.Tasks;
import com.ssprviewer.ui.lists.ListContext;
import com.ssprviewer.ui.removal.RemovalFlow;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.scene.Node;

/**
 * What the details blades share: a fixed width beside the list they came from, their content loaded from the store
 * once in the background, and the links to the whole reset flow and the user's history.
 */
abstract class DetailsBlade implements Blade {
    final ListContext context;
    final DetailsLinks links;
    DetailsLayout layout;

    DetailsBlade(ListContext context, DetailsLinks links) {
        this.context = context;
        this.links = links == null ? DetailsLinks.NONE : links;
    }

    @Override
    public double width() {
        return 520;
    }

    /** The layout with id {@code id}, filled once from {@code load} on the store's executor. */
    <T> Node view(String id, Callable<T> load, Consumer<T> show) {
        if (layout == null) {
            layout = new DetailsLayout(id);
            Tasks.create(load)
                    .onSuccess(show)
                    .onError(e -> layout.message(I18n.format("details.failed", String.valueOf(e.getMessage()))))
                    .runOnce(context.access().executor());
        }
        return layout.view();
    }

    /** The links to the flow of {@code correlationId} and the history of {@code user}, where they are known. */
    void flowAndHistoryLinks(String correlationId, String user) {
        if (correlationId != null && !correlationId.isBlank()) {
            layout.link("details-flow", "details.link.flow", () -> open(links.flow(correlationId)));
        }
        if (user != null && !user.isBlank()) {
            layout.link("details-history", "details.link.history", () -> open(links.userHistory(user)));
            layout.link("details-forget", "details.link.forget", () -> forget(user));
        }
    }

    /**
     * Forgets the user once the person confirmed the counts; afterwards this blade, about a row that is gone,
     * closes and the lists read the store again.
     */
    void forget(String user) {
        new RemovalFlow(context.access(), context.status(), () -> {
            context.navigator().close(this);
            links.dataChanged();
        }).start(store -> store.forget(user, false), (store, progress) -> store.forget(user, true, progress),
                "removal.forget.title", "removal.forget.header", user, "removal.forget.running");
    }

    /** Opens {@code blade} beside this one; nothing for a link the wiring does not serve. */
    void open(Blade blade) {
        if (blade != null) {
            context.navigator().open(this, blade);
        }
    }
}
