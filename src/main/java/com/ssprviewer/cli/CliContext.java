package com.ssprviewer.cli;

import com.ssprviewer.store.Store;
import com.ssprviewer.store.api.FolderAccess;
import com.ssprviewer.store.api.StoreException;
import java.io.PrintStream;
import java.nio.file.Path;

/** What commands share: the output streams and how to open the store named by {@code --db}. */
final class CliContext {

    private final PrintStream out;
    private final PrintStream err;

    CliContext(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    PrintStream out() {
        return out;
    }

    PrintStream err() {
        return err;
    }

    /** Opens {@code --db DIR}, or the store the window uses by default. */
    Store openStore(Args args) throws UsageException, CommandFailure {
        Path dir = args.option("db").map(Path::of).orElseGet(Store::defaultDirectory);
        try {
            Store store = Store.open(dir);
            noticeAccess(store);
            return store;
        } catch (StoreException e) {
            throw new CommandFailure(e.getMessage());
        }
    }

    /** One line on stderr when the store's folder was, or still is, open to other accounts. */
    private void noticeAccess(Store store) {
        Path dir = store.directory();
        if (store.folderAccess() == FolderAccess.MADE_OWNER_ONLY) {
            err.println("The store folder " + dir + " could be read by other accounts; now only you can read it.");
        } else if (store.folderAccess() == FolderAccess.OPEN_TO_OTHERS) {
            err.println("The store folder " + dir + " can be read by other accounts and only its owner can change"
                    + " that; ask them to make it private.");
        }
    }
}
