package com.ssprviewer;

import com.ssprviewer.cli.Cli;
import com.ssprviewer.store.Store;
import com.ssprviewer.ui.shell.ViewerApp;
import java.nio.file.Path;

/**
 * The jar's entry point. A command runs the command line; no arguments (or only {@code --db DIR}) open the window.
 * Kept apart from the {@code Application} subclass so the shaded jar starts JavaFX from the class path.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        if (Cli.isCommand(args)) {
            System.exit(new Cli(System.out, System.err).run(args));
        }
        Path store = args.length == 2 ? Path.of(args[1]) : Store.defaultDirectory();
        ViewerApp.launch(store);
    }
}
