package com.ssprviewer.ui.overview;

import static com.ssprviewer.ui.common.FxWait.fx;
import static com.ssprviewer.ui.common.FxWait.waitUntil;

import com.ssprviewer.store.Store;
import com.ssprviewer.ui.common.AppLanguage;
import com.ssprviewer.ui.common.AppPreferences;
import com.ssprviewer.ui.common.BackgroundExecutor;
import com.ssprviewer.ui.common.Blade;
import com.ssprviewer.ui.common.DataEvents;
import com.ssprviewer.ui.common.I18n;
import com.ssprviewer.ui.common.MemoryPreferences;
import com.ssprviewer.ui.common.StoreAccess;
import com.ssprviewer.ui.listblades.ListBlades;
import com.ssprviewer.ui.lists.ListBlade;
import com.ssprviewer.ui.lists.ListContext;
import com.ssprviewer.ui.shell.FileDialogs;
import com.ssprviewer.ui.shell.NavItem;
import com.ssprviewer.ui.shell.PendingShellActions;
import com.ssprviewer.ui.shell.ShellModel;
import com.ssprviewer.ui.shell.ShellView;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import javafx.stage.Stage;
import javafx.stage.Window;

/** The shell with the Overview and the lists registered, on the test's store and a clock fixed inside the samples. */
final class OverviewWindow {
    /** "Now" for these tests: a week after the last sample event, so "last 7 days" holds some resets. */
    static final Instant NOW = Instant.parse("2025-03-20T00:00:00Z");

    final ShellModel model;
    final ListBlades lists;
    final DataEvents events = new DataEvents();
    final BackgroundExecutor worker = BackgroundExecutor.create("overview-test", 2);

    OverviewWindow(Stage stage, Store store) {
        this(stage, store, 1240, 780);
    }

    /** The window with a scene of {@code width} x {@code height}. */
    OverviewWindow(Stage stage, Store store, double width, double height) {
        I18n.setLocale(AppLanguage.ENGLISH.locale());
        model = new ShellModel(new AppPreferences(new MemoryPreferences()));
        ListContext context = new ListContext(StoreAccess.of(store, worker), model.blades(),
                model.timeModeProperty(), model.status(), model.preferences(), (owner, name) -> Optional.empty(),
                Clock.fixed(NOW, ZoneOffset.UTC));
        lists = new ListBlades(context);
        model.register(NavItem.OVERVIEW, () -> new OverviewBlade(lists, events));
        model.register(NavItem.RESETS, lists::resets);
        model.register(NavItem.POLICY, lists::policy);
        ShellView view = new ShellView(model, new PendingShellActions(model.status()), new NoDialogs(), stage::close);
        stage.setScene(view.createScene(width, height));
        stage.show();
    }

    void close() {
        worker.close();
    }

    OverviewBlade overview() {
        return (OverviewBlade) fx(() -> model.blades().blades().get(0));
    }

    Blade blade(int index) {
        return fx(() -> model.blades().blades().get(index));
    }

    /** Waits until the Overview shows answers. */
    void waitForData() {
        waitUntil("overview data", () -> !model.blades().blades().isEmpty()
                && model.blades().blades().get(0) instanceof OverviewBlade o && o.data() != null);
    }

    /** Waits until blade {@code index} is open and, for a list, has counted its rows; returns its count. */
    long countOf(int index) {
        waitUntil("blade " + index, () -> model.blades().size() > index);
        Blade blade = blade(index);
        if (blade instanceof ListBlade<?> list) {
            waitUntil("list count", () -> !list.list().loadingProperty().get()
                    && !list.list().countText().get().isEmpty());
            return fx(() -> list.list().matchingProperty().get());
        }
        if (blade instanceof RegisteredUsersBlade users) {
            return users.count();
        }
        return fx(() -> ((javafx.scene.control.TableView<?>) blade.view().lookup("#suspicious-table"))
                .getItems().size());
    }

    private static final class NoDialogs implements FileDialogs {
        @Override
        public List<Path> chooseImportFiles(Window owner) {
            return List.of();
        }

        @Override
        public Optional<Path> chooseStoreDirectory(Window owner) {
            return Optional.empty();
        }
    }
}
