package com.ssprviewer.ui.listblades;

import static com.ssprviewer.ui.common.FxWait.fx;
import static com.ssprviewer.ui.common.FxWait.onFx;
import static com.ssprviewer.ui.common.FxWait.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ssprviewer.lists.ListColumn;
import com.ssprviewer.store.Store;
import com.ssprviewer.ui.common.AppLanguage;
import com.ssprviewer.ui.common.I18n;
import com.ssprviewer.ui.common.Theme;
import com.ssprviewer.ui.lists.ListBlade;
import com.ssprviewer.ui.lists.SampleStore;
import com.ssprviewer.ui.shell.NavItem;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.MenuButton;
import javafx.scene.control.TableColumn;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Columns hidden for room come back, in their place, as soon as the list is wide enough (a wider window, a details
 * blade closed), and a column the user shows by hand from the Columns menu stays shown when space is short.
 */
@ExtendWith(ApplicationExtension.class)
class ColumnsHiddenForRoomTest {
    private static final List<String> AUDIT_COLUMNS = List.of("date", "service", "category", "activity", "status",
            "reason", "initiatedBy", "target", "ip");

    @TempDir
    static Path dir;
    static Store store;
    ListWindow window;

    @BeforeAll
    static void fill() {
        store = SampleStore.samples(dir);
    }

    @AfterAll
    static void closeStore() {
        store.close();
    }

    @Start
    void start(Stage stage) {
        // each test opens a window of its own, of the size it needs
    }

    @AfterEach
    void stop() {
        if (window != null) {
            window.close();
            onFx(window.stage::close);
        }
        onFx(() -> I18n.setLocale(AppLanguage.ENGLISH.locale()));
    }

    @Test
    void aWiderWindowBringsEveryHiddenColumnBackInItsOriginalOrder() {
        window = ListBladesFitTheirWidthTest.ListWindows.open(store, 1024, 768, AppLanguage.ENGLISH, Theme.LIGHT);
        ListBlade<?> blade = ListBladesFitTheirWidthTest.ListWindows.show(window, NavItem.AUDIT_LOG);
        List<String> hidden = fx(() -> ids(blade.table().hiddenForRoom()));
        assertFalse(hidden.isEmpty(), "at 1024 px the Audit logs hide columns for room");
        assertTrue(List.of("ip", "category", "service", "reason").containsAll(hidden), "only yielding ones: " + hidden);
        assertEquals(List.of(), fx(() -> ListBladesFitTheirWidthTest.yieldingStillShown(blade)),
                "the key columns cannot all fit whole, so every yielding column makes room");

        onFx(() -> window.stage.setWidth(1600));
        waitUntil("every column back", () -> blade.table().hiddenForRoom().isEmpty());
        ListBladesFitTheirWidthTest.settle();
        assertEquals(AUDIT_COLUMNS, fx(() -> shown(blade)));
        assertEquals(I18n.get("list.columns"), fx(() -> columnsButton(blade)));
    }

    @Test
    void aColumnHiddenByChoiceWhileHiddenForRoomStaysHiddenWhenTheWindowWidens() {
        window = ListBladesFitTheirWidthTest.ListWindows.open(store, 1024, 768, AppLanguage.ENGLISH, Theme.LIGHT);
        ListBlade<?> blade = ListBladesFitTheirWidthTest.ListWindows.show(window, NavItem.AUDIT_LOG);
        assertTrue(fx(() -> ids(blade.table().hiddenForRoom()).contains("ip")), "IP is hidden for room at 1024");
        onFx(() -> blade.table().hide("ip"));
        assertFalse(fx(() -> ids(blade.table().hiddenForRoom()).contains("ip")), "no longer counted as for room");

        onFx(() -> window.stage.setWidth(1600));
        waitUntil("the other columns back", () -> blade.table().hiddenForRoom().isEmpty());
        ListBladesFitTheirWidthTest.settle();
        List<String> expected = new ArrayList<>(AUDIT_COLUMNS);
        expected.remove("ip");
        assertEquals(expected, fx(() -> shown(blade)));
    }

    @Test
    void aDetailsBladeAt1600HidesColumnsForRoomAndClosingItBringsThemBack() {
        window = ListBladesFitTheirWidthTest.ListWindows.open(store, 1600, 1000, AppLanguage.SWEDISH, Theme.DARK);
        ListBlade<?> blade = ListBladesFitTheirWidthTest.ListWindows.show(window, NavItem.AUDIT_LOG);
        assertEquals(AUDIT_COLUMNS, fx(() -> shown(blade)));

        onFx(() -> blade.table().view().getSelectionModel().select(0));
        waitUntil("details open", () -> window.model.blades().size() == 2);
        waitUntil("columns hidden for room", () -> !blade.table().hiddenForRoom().isEmpty());
        ListBladesFitTheirWidthTest.settle();
        int hidden = fx(() -> blade.table().hiddenForRoom().size());
        assertEquals(I18n.format("list.columns.hiddenForRoom", hidden), fx(() -> columnsButton(blade)));

        onFx(() -> window.model.blades().closeRightOf(0));
        waitUntil("every column back", () -> blade.table().hiddenForRoom().isEmpty());
        ListBladesFitTheirWidthTest.settle();
        assertEquals(AUDIT_COLUMNS, fx(() -> shown(blade)));
    }

    @Test
    void aColumnShownByHandFromTheColumnsMenuStaysShownWhenSpaceIsShort(FxRobot robot) {
        window = ListBladesFitTheirWidthTest.ListWindows.open(store, 1024, 768, AppLanguage.ENGLISH, Theme.LIGHT);
        ListBlade<?> blade = ListBladesFitTheirWidthTest.ListWindows.show(window, NavItem.AUDIT_LOG);
        assertTrue(fx(() -> ids(blade.table().hiddenForRoom()).contains("service")));
        String marked = fx(() -> item(blade, "service"));
        assertEquals(I18n.format("list.columns.hiddenForRoom.item", I18n.get("column.service")), marked);

        robot.clickOn("#list-columns").clickOn("#list-columns-col-service");
        waitUntil("service shown", () -> blade.table().column("service").isVisible());
        onFx(() -> window.stage.setWidth(1000));
        ListBladesFitTheirWidthTest.settle();
        onFx(() -> window.stage.setWidth(1024));
        ListBladesFitTheirWidthTest.settle();
        assertTrue(fx(() -> blade.table().column("service").isVisible()), "shown by hand, so never hidden for room");
        assertFalse(fx(() -> ids(blade.table().hiddenForRoom()).contains("service")));
        assertEquals(I18n.get("column.service"), fx(() -> item(blade, "service")));
    }

    private static List<String> ids(List<? extends ListColumn<?>> columns) {
        return columns.stream().map(ListColumn::id).toList();
    }

    private static List<String> shown(ListBlade<?> blade) {
        return blade.table().view().getVisibleLeafColumns().stream().map(TableColumn::getId)
                .map(id -> id.substring("col-".length())).toList();
    }

    private static String columnsButton(ListBlade<?> blade) {
        return ((MenuButton) blade.view().lookup("#list-columns")).getText();
    }

    private static String item(ListBlade<?> blade, String id) {
        MenuButton menu = (MenuButton) blade.view().lookup("#list-columns");
        return menu.getItems().stream().filter(i -> ("list-columns-col-" + id).equals(i.getId())).findFirst()
                .orElseThrow().getText();
    }
}
