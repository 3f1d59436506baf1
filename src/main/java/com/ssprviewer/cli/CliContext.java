package com.ssprviewer.cli;

import com.ssprviewer.store.Store;
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
            return Store.open(dir);
        } catch (StoreException e) {
            throw new CommandFailure(e.getMessage());
        }
    }
}
