package com.ssprviewer.cli;

import com.ssprviewer.store.Store;
import com.ssprviewer.store.query.SavedView;
import java.nio.file.Path;

/** {@code views import FILE}: a view's file added to the store, never silently replacing a view of the same name. */
final class ViewImport {

    private ViewImport() {
    }

    static int run(Args args, CliContext context, Path file) throws UsageException, CommandFailure {
        SavedView view = ViewsCommand.read(file);
        if (args.option("name").isPresent()) {
            try {
                view = view.named(args.option("name").get());
            } catch (IllegalArgumentException e) {
                throw new UsageException("--name: " + e.getMessage());
            }
        }
        boolean replace = args.flag("replace");
        try (Store store = context.openStore(args, false)) {
            boolean existed = store.view(view.list(), view.name()).isPresent();
            if (!store.saveView(view, replace)) {
                throw new CommandFailure(store.directory() + " already has a view named \"" + view.name()
                        + "\" of the " + view.list().key() + " list; give --replace to replace it, or --name NAME to"
                        + " import " + file + " under another name.");
            }
            context.out().println((existed ? "replaced" : "imported") + " the view \"" + view.name() + "\" of the "
                    + view.list().key() + " list from " + file);
        }
        return 0;
    }
}
