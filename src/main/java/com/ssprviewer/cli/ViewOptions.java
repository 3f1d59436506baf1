package com.ssprviewer.cli;

import com.ssprviewer.store.Store;
import com.ssprviewer.store.api.StoredView;
import com.ssprviewer.store.query.EventFilter;
import com.ssprviewer.store.query.ListKind;
import com.ssprviewer.store.query.SavedView;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * {@code --view NAME} of the lists and {@code report}: a saved view's filters and sort, with the options given beside
 * it replacing what the view says for those fields. A view's days are whole UTC days, as {@code --from} takes them.
 */
final class ViewOptions {

    static final String OPTION = "view";
    static final String USAGE = "  --view NAME               a saved view's filters and sort (see views);"
            + " options given beside it win\n";

    private ViewOptions() {
    }

    /** The view named by {@code --view} among the list's; empty without the option; an unknown name: usage error. */
    static Optional<SavedView> of(Store store, ListKind list, Args args) throws UsageException {
        Optional<String> name = args.option(OPTION);
        if (name.isEmpty()) {
            return Optional.empty();
        }
        String clean;
        try {
            clean = SavedView.cleanName(name.get());
        } catch (IllegalArgumentException e) {
            throw new UsageException("--view: " + e.getMessage());
        }
        Optional<StoredView> view = store.view(list, clean);
        if (view.isEmpty()) {
            throw new UsageException("there is no saved view named \"" + clean + "\" of the " + list.key() + " list "
                    + "in " + store.directory() + "; " + known(store, list));
        }
        return Optional.of(view.get().view());
    }

    /** The view's filter as it applies now, in UTC. */
    static EventFilter filterNow(SavedView view) {
        return view.filterAt(Instant.now(), ZoneOffset.UTC);
    }

    private static String known(Store store, ListKind list) {
        List<String> names = store.views(list).stream().map(v -> "\"" + v.view().name() + "\"").toList();
        return names.isEmpty() ? "it has no saved views"
                : "its views: " + String.join(", ", names);
    }
}
