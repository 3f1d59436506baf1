package com.ssprviewer.ui.shots;

import static com.ssprviewer.ui.common.FxWait.fx;
import static com.ssprviewer.ui.common.FxWait.onFx;
import static com.ssprviewer.ui.common.FxWait.waitUntil;

import com.ssprviewer.insight.CoverageFigure;
import com.ssprviewer.store.api.ImportRecord;
import com.ssprviewer.ui.common.Blade;
import com.ssprviewer.ui.coverage.CoverageBlade;
import com.ssprviewer.ui.imports.ImportsBlade;
import com.ssprviewer.ui.lists.ListBlade;
import com.ssprviewer.ui.overview.Drilldowns;
import com.ssprviewer.ui.overview.OverviewBlade;
import com.ssprviewer.ui.overview.OverviewTile;
import com.ssprviewer.ui.shell.NavItem;
import com.ssprviewer.ui.shell.ViewerWindow;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Predicate;
import javafx.scene.Scene;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import javafx.stage.Window;

/** Walks the window round every blade the way an administrator would, handing each settled view to a camera. */
final class Tour {
    /** Long enough for a blade's store read to come back and its texts to wrap over a few pulses. */
    private static final long SETTLE_MS = 900;

    private final ViewerWindow window;
    private final Stage stage;

    Tour(ViewerWindow window, Stage stage) {
        this.window = window;
        this.stage = stage;
    }

    void visit(BiConsumer<String, Scene> camera) {
        waitUntil("the store to open", () -> window.session().isOpen() && !window.actions().isBusy()
                && !window.model().blades().blades().isEmpty());
        OverviewBlade overview = (OverviewBlade) root(NavItem.OVERVIEW);
        waitUntil("the overview's numbers", () -> overview.data() != null);
        camera.accept("overview", settled());
        onFx(() -> overview.open(Drilldowns.forTile(OverviewTile.SUSPICIOUS, overview.data())));
        camera.accept("suspicious", settled());
        list(camera, NavItem.AUDIT_LOG, "auditlog");
        list(camera, NavItem.RESETS, "resets");
        list(camera, NavItem.REGISTRATIONS, "registrations");
        list(camera, NavItem.POLICY, "policy");
        CoverageBlade coverage = (CoverageBlade) root(NavItem.COVERAGE);
        waitUntil("the coverage numbers", () -> coverage.model().dataProperty().get() != null);
        camera.accept("coverage", settled());
        onFx(() -> coverage.openFigure(CoverageFigure.SSPR_REGISTERED));
        waitUntil("a number's users", () -> window.model().blades().size() > 1);
        camera.accept("coverage-users", settled());
        imports(camera);
        dialog(camera, "menu-about", "about");
        dialog(camera, "menu-shortcuts", "shortcuts");
    }

    private Blade root(NavItem item) {
        onFx(() -> window.model().navigate(item));
        return fx(() -> window.model().blades().blades().get(0));
    }

    /** A list, then the same list with its first row's details open beside it. */
    private void list(BiConsumer<String, Scene> camera, NavItem item, String name) {
        ListBlade<?> list = (ListBlade<?>) root(item);
        waitUntil(name + " rows", () -> !list.list().loadingProperty().get() && !list.list().rows().isEmpty());
        camera.accept(name, settled());
        onFx(() -> list.table().view().getSelectionModel().select(0));
        waitUntil(name + " details", () -> window.model().blades().size() > 1);
        camera.accept(name + "-details", settled());
    }

    /** The import history, then the rejected rows of the broken file and the reason of the refused one. */
    private void imports(BiConsumer<String, Scene> camera) {
        ImportsBlade imports = (ImportsBlade) root(NavItem.IMPORTS);
        waitUntil("the import history", () -> !imports.rows().isEmpty());
        camera.accept("imports", settled());
        openImport(camera, imports, r -> r.fileName().startsWith("broken"), "imports-rejected");
        openImport(camera, imports, r -> r.fileName().startsWith("not-an-export"), "imports-refused");
    }

    private void openImport(BiConsumer<String, Scene> camera, ImportsBlade imports, Predicate<ImportRecord> which,
                            String name) {
        List<ImportRecord> rows = fx(imports::rows);
        Optional<ImportRecord> row = rows.stream().filter(which).findFirst();
        if (row.isEmpty()) {
            System.err.println("no import for " + name);
            return;
        }
        onFx(() -> {
            TableView<?> table = (TableView<?>) stage.getScene().lookup("#imports-table");
            table.getSelectionModel().clearSelection();
            table.getSelectionModel().select(rows.indexOf(row.get()));
        });
        waitUntil(name, () -> window.model().blades().size() > 1);
        camera.accept(name, settled());
    }

    /** Opens a Help dialog from its menu item and photographs the dialog's own scene, then closes it. */
    private void dialog(BiConsumer<String, Scene> camera, String menuId, String name) {
        List<Window> before = fx(() -> List.copyOf(Window.getWindows()));
        onFx(() -> menuItem(menuId).fire());
        waitUntil(name, () -> Window.getWindows().size() > before.size());
        Stage dialog = fx(() -> (Stage) Window.getWindows().stream().filter(w -> !before.contains(w))
                .findFirst().orElseThrow());
        pause();
        camera.accept(name, dialog.getScene());
        onFx(dialog::close);
    }

    private MenuItem menuItem(String id) {
        MenuBar bar = (MenuBar) stage.getScene().lookup("#menu-bar");
        return bar.getMenus().stream().flatMap(m -> m.getItems().stream()).filter(i -> id.equals(i.getId()))
                .findFirst().orElseThrow();
    }

    private Scene settled() {
        pause();
        return stage.getScene();
    }

    private static void pause() {
        try {
            Thread.sleep(SETTLE_MS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
