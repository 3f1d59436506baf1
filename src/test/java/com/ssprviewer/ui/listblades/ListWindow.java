package com.ssprviewer.ui.listblades;

import static com.ssprviewer.ui.common.FxWait.fx;
import static com.ssprviewer.ui.common.FxWait.waitUntil;

import com.ssprviewer.store.Store;
import com.ssprviewer.ui.common.AppLanguage;
import com.ssprviewer.ui.common.AppPreferences;
import com.ssprviewer.ui.common.BackgroundExecutor;
import com.ssprviewer.ui.common.Blade;
import com.ssprviewer.ui.common.I18n;
import com.ssprviewer.ui.common.MemoryPreferences;
import com.ssprviewer.ui.common.StoreAccess;
import com.ssprviewer.ui.lists.ListBlade;
import com.ssprviewer.ui.lists.ListContext;
import com.ssprviewer.ui.shell.FileDialogs;
import com.ssprviewer.ui.shell.NavItem;
import com.ssprviewer.ui.shell.PendingShellActions;
import com.ssprviewer.ui.shell.ShellModel;
import com.ssprviewer.ui.shell.ShellView;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.controlsfx.control.CheckListView;
import org.controlsfx.control.PopOver;
import org.testfx.api.FxRobot;

/** The real shell with the list blades registered, on a store and worker threads of the test's own. */
final class ListWindow {
    final ShellModel model;
    final ListBlades blades;
    final BackgroundExecutor worker = BackgroundExecutor.create("list-test", 2);
    final Stage stage;
    final ListContext context;
    final AtomicInteger importsAsked = new AtomicInteger();

    ListWindow(Stage stage, Store store, Path exportFile) {
        this(stage, store, exportFile, 1240, 780);
    }

    /** The window at {@code width} x {@code height}, with the four list blades in its navigation. */
    ListWindow(Stage stage, Store store, Path exportFile, double width, double height) {
        I18n.setLocale(AppLanguage.ENGLISH.locale());
        this.stage = stage;
        model = new ShellModel(new AppPreferences(new MemoryPreferences()));
        context = new ListContext(StoreAccess.of(store, worker), model.blades(),
                model.timeModeProperty(), model.status(), model.preferences(),
                (owner, name) -> Optional.ofNullable(exportFile), Clock.systemUTC(),
                importsAsked::incrementAndGet);
        blades = new ListBlades(context);
        model.register(NavItem.AUDIT_LOG, blades::auditLog);
        model.register(NavItem.RESETS, blades::resets);
        model.register(NavItem.REGISTRATIONS, blades::registrations);
        model.register(NavItem.POLICY, blades::policy);
        ShellView view = new ShellView(model, new PendingShellActions(model.status()), new NoDialogs(), stage::close);
        stage.setScene(view.createScene(width, height));
        stage.show();
    }

    void close() {
        worker.close();
    }

    ListBlade<?> list(int index) {
        return (ListBlade<?>) fx(() -> model.blades().blades().get(index));
    }

    Blade blade(int index) {
        return fx(() -> model.blades().blades().get(index));
    }

    int openBlades() {
        return fx(() -> model.blades().size());
    }

    /** Waits until the newest list shows {@code count} rows of {@code total} and is not loading. */
    void waitForCount(FxRobot robot, int bladeIndex, long count, long total) {
        String expected = count + " of " + total;
        waitUntil("count " + expected, () -> {
            ListBlade<?> list = (ListBlade<?>) model.blades().blades().get(bladeIndex);
            return list.list().countText().get().equals(expected) && !list.list().loadingProperty().get();
        });
    }

    /** Opens a filter pill's flyout and ticks the option with {@code label} by clicking its row, then closes it. */
    static void choose(FxRobot robot, String menuId, String label) {
        robot.clickOn(menuId);
        waitUntil("option " + label, () -> option(robot, menuId, label).isPresent());
        robot.clickOn(option(robot, menuId, label).orElseThrow());
        PopOver flyout = flyout(robot, menuId);
        robot.interact(() -> flyout.hide());
        waitUntil("flyout of " + menuId + " closed", () -> !flyout.isShowing());
    }

    /** The labels a filter pill's flyout offers now. */
    static List<String> options(FxRobot robot, String menuId) {
        CheckListView<?> list = optionList(robot, menuId);
        return fx(() -> {
            List<String> out = new ArrayList<>();
            for (int i = 0; i < list.getItems().size(); i++) {
                out.add(label(list, i));
            }
            return out;
        });
    }

    private static Optional<Node> option(FxRobot robot, String menuId, String label) {
        return fx(() -> robot.lookup(menuId + "-options .filter-option").queryAll().stream()
                .filter(node -> node instanceof ListCell)
                .map(node -> (ListCell<?>) node)
                .filter(cell -> label.equals(cell.getText()) && cell.isVisible() && cell.getScene() != null)
                .map(cell -> (Node) cell)
                .findFirst());
    }

    private static CheckListView<?> optionList(FxRobot robot, String menuId) {
        return fx(() -> (CheckListView<?>) robot.lookup(menuId).query().getProperties().get("filter-options"));
    }

    private static PopOver flyout(FxRobot robot, String menuId) {
        String listId = menuId.substring(1) + "-options";
        return fx(() -> Window.getWindows().stream()
                .filter(window -> window instanceof PopOver)
                .map(window -> (PopOver) window)
                .filter(popOver -> listId.equals(popOver.getContentNode().getId()))
                .findFirst().orElseThrow(() -> new AssertionError("no flyout for " + menuId)));
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static String label(CheckListView list, int index) {
        ListCell cell = (ListCell) list.getCellFactory().call(list);
        cell.updateListView(list);
        cell.updateIndex(index);
        return cell.getText();
    }

    @SuppressWarnings("unchecked")
    static <R> TableView<R> table(FxRobot robot, String bladeId) {
        return (TableView<R>) robot.lookup("#" + bladeId + " #list-table").queryAs(TableView.class);
    }

    static String text(FxRobot robot, String query) {
        return fx(() -> robot.lookup(query).queryAs(Labeled.class).getText());
    }

    /** File dialogs that are never shown in these tests. */
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
