package com.ssprviewer.ui.shell;

import com.ssprviewer.store.Store;
import java.nio.file.Path;
import java.util.List;

import com.ssprviewer.ui.common.AppPreferences;
import com.ssprviewer.ui.common.BackgroundExecutor;
import com.ssprviewer.ui.common.WindowState;

import javafx.application.Application;
import javafx.stage.Stage;

/**
 * The desktop application: opens the shell on a store, restores the window where it was and shuts the
 * background threads down on exit. The launcher calls {@link #launch(Path)}; {@code mvn javafx:run} starts it
 * directly, optionally with {@code --db DIR}.
 */
public final class ViewerApp extends Application {
    private static volatile Path requestedStore;

    private BackgroundExecutor background;

    /** Opens the window on {@code storeDir} (null for the default store) and returns when it is closed. */
    public static void launch(Path storeDir) {
        requestedStore = storeDir;
        Application.launch(ViewerApp.class);
    }

    @Override
    public void start(Stage stage) {
        Path store = storeDirectory(getParameters().getRaw());
        AppPreferences preferences = AppPreferences.forUser();
        background = BackgroundExecutor.create("viewer-worker", 2);
        ShellModel model = new ShellModel(preferences);
        model.storeNameProperty().set(storeName(store));
        ShellView view = new ShellView(model, new PendingShellActions(model.status()), FileDialogs.system(),
                stage::close);
        WindowState windowState = new WindowState(preferences.windowNode());
        stage.setScene(view.createScene(WindowState.DEFAULT_WIDTH, WindowState.DEFAULT_HEIGHT));
        stage.titleProperty().bind(model.titleProperty());
        stage.getIcons().setAll(AppIcons.load());
        windowState.restore(stage);
        stage.setOnHidden(event -> windowState.save(stage));
        stage.show();
        model.navigate(NavItem.OVERVIEW);
    }

    @Override
    public void stop() {
        if (background != null) {
            background.close();
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

    static String storeName(Path store) {
        Path name = store.toAbsolutePath().normalize().getFileName();
        return name == null ? store.toString() : name.toString();
    }
}
