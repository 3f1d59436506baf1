package com.ssprviewer.ui.shell;

import com.ssprviewer.sample.SampleSpec;
import com.ssprviewer.store.Store;
import com.ssprviewer.ui.common.AppPreferences;
import com.ssprviewer.ui.common.WindowState;
import com.ssprviewer.work.Threads;
import java.nio.file.Path;
import java.util.List;
import javafx.application.Application;
import javafx.stage.Stage;

/**
 * The desktop application: builds the window on the user's preferences (language, theme, time mode, window bounds),
 * opens the store in the background and closes it and the worker threads on exit. Closing the window while work
 * runs asks first, then cancels the work and closes once it has undone itself ({@link CloseGuard}). The launcher calls
 * {@link #launch(Path)}; {@code mvn javafx:run} starts it directly, optionally with {@code --db DIR}.
 */
public final class ViewerApp extends Application {
    /** The sample store's folder name, beside the default store, never inside the user's own. */
    static final String SAMPLE_STORE = "sample-store";
    private static volatile Path requestedStore;

    private ViewerWindow window;
    private Thread closeAtExit;

    /** Opens the window on {@code storeDir} (null for the default store) and returns when it is closed. */
    public static void launch(Path storeDir) {
        requestedStore = storeDir;
        Application.launch(ViewerApp.class);
    }

    @Override
    public void start(Stage stage) {
        Path store = storeDirectory(getParameters().getRaw());
        AppPreferences preferences = AppPreferences.forUser();
        window = new ViewerWindow(stage, preferences, FileDialogs.system(), sampleStoreDirectory(),
                SampleSpec.defaults());
        WindowState windowState = new WindowState(preferences.windowNode());
        stage.setScene(window.createScene(WindowState.DEFAULT_WIDTH, WindowState.DEFAULT_HEIGHT));
        stage.getIcons().setAll(AppIcons.load());
        windowState.restore(stage);
        stage.setOnHidden(event -> windowState.save(stage));
        stage.show();
        window.open(store);
        // a window ended from outside (logging off, a kill) closes its store as a closed window does, so what it
        // committed is on disk; the store never closes itself at exit
        ViewerWindow opened = window;
        closeAtExit = Threads.atExit("sspr-window-exit", opened::closeStoreAtExit);
    }

    @Override
    public void stop() {
        if (closeAtExit != null) {
            Threads.notAtExit(closeAtExit);
        }
        if (window != null) {
            window.shutdown();
        }
    }

    static Path storeDirectory(List<String> args) {
        if (requestedStore != null) {
            return requestedStore;
        }
        int db = args.indexOf("--db");
        if (db >= 0 && db + 1 < args.size()) {
            return Path.of(args.get(db + 1));
        }
        return Store.defaultDirectory();
    }

    /** Where "Explore sample data" keeps its store: next to the default store. */
    static Path sampleStoreDirectory() {
        return Store.defaultDirectory().resolveSibling(SAMPLE_STORE);
    }

    static String storeName(Path store) {
        Path name = store.toAbsolutePath().normalize().getFileName();
        return name == null ? store.toString() : name.toString();
    }
}
