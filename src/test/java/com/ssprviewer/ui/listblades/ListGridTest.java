package com.ssprviewer.ui.listblades;

import static com.ssprviewer.ui.common.FxWait.fx;
import static com.ssprviewer.ui.common.FxWait.onFx;
import static com.ssprviewer.ui.common.FxWait.waitUntil;
import static com.ssprviewer.ui.listblades.ListBladesFitTheirWidthTest.settle;
import static com.ssprviewer.ui.listblades.ListBladesFitTheirWidthTest.sidewaysBar;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ssprviewer.lists.ListColumn;
import com.ssprviewer.model.Outcome;
import com.ssprviewer.store.Store;
import com.ssprviewer.store.api.AttemptRow;
import com.ssprviewer.store.query.EventSort;
import com.ssprviewer.ui.common.AppLanguage;
import com.ssprviewer.ui.common.I18n;
import com.ssprviewer.ui.common.Theme;
import com.ssprviewer.ui.listblades.ListBladesFitTheirWidthTest.ListWindows;
import com.ssprviewer.ui.lists.ListBlade;
import com.ssprviewer.ui.lists.SampleStore;
import com.ssprviewer.ui.shell.NavItem;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.css.PseudoClass;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.TableColumnHeader;
import javafx.scene.layout.Region;
import javafx.scene.paint.Paint;
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
 * The list's grid habits: the first column stays at the left edge while the others scroll sideways (with the same
 * rows, selection and sort), the column menu button wears the theme and never covers a sort arrow, and a role this
 * data cannot know reads as a muted dash that says where roles come from.
 */
@ExtendWith(ApplicationExtension.class)
class ListGridTest {
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
        // each test opens a window of its own
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
    void theFirstColumnStaysAtTheLeftEdgeWithTheSameRowsSelectionAndSortWhileTheOthersScrollSideways(FxRobot robot) {
        window = ListWindows.open(store, 1024, 768, AppLanguage.ENGLISH, Theme.LIGHT);
        ListBlade<?> blade = ListWindows.show(window, NavItem.AUDIT_LOG);
        @SuppressWarnings("unchecked")
        ListBlade<Object> list = (ListBlade<Object>) blade;
        TableView<Object> table = fx(() -> list.table().view());
        ScrollBar sideways = fx(() -> sidewaysBar(table));
        // the user widens a column past the blade, by hand
        onFx(() -> table.resizeColumn(list.table().column("activity"), 900));
        settle();
        assertTrue(fx(sideways::isVisible), "widening a column past the blade scrolls sideways");
        onFx(() -> sideways.setValue(sideways.getMax()));
        settle();

        assertEquals(List.of(), fx(() -> frozenProblems(blade, table)));
        assertTrue(fx(() -> scrolledAway(table, "col-service")), "the second column scrolled out of view");

        onFx(() -> table.getSortOrder().setAll(List.of(list.table().column("service"))));
        waitUntil("sorted by service", () -> blade.list().sort().field() == EventSort.SERVICE);
        robot.clickOn(fx(() -> header(table, "col-date")));
        waitUntil("sorted by date again, by a click on its frozen header",
                () -> blade.list().sort().field() == EventSort.DATE && !blade.list().loadingProperty().get());
        onFx(() -> sideways.setValue(sideways.getMax()));
        settle();
        assertEquals(List.of(), fx(() -> frozenProblems(blade, table)));

        robot.clickOn(fx(() -> firstColumnCell(table, 2)));
        waitUntil("row 2 selected", () -> table.getSelectionModel().getSelectedIndex() == 2);
        settle();
        assertTrue(fx(() -> rowOf(table, 2).isSelected()), "the whole row is selected, not the frozen cell alone");
    }

    @Test
    void theColumnMenuButtonWearsTheDarkThemeAndLeavesTheLastSortArrowUncovered(FxRobot robot) {
        window = ListWindows.open(store, 1024, 768, AppLanguage.ENGLISH, Theme.DARK);
        ListBlade<?> blade = ListWindows.show(window, NavItem.RESETS);
        TableView<?> table = fx(() -> blade.table().view());
        onFx(() -> {
            blade.table().column("fix").setVisible(false);
            blade.filters().results().add(Outcome.BLOCKED);
        });
        waitUntil("blocked attempts", () -> blade.list().rows().size() < 10 && !blade.list().loadingProperty().get());
        settle();
        robot.clickOn(fx(() -> header(table, "col-details")));
        waitUntil("sorted by details", () -> table.getSortOrder().contains(blade.table().column("details")));
        settle();

        Region corner = fx(() -> (Region) table.lookup(".show-hide-columns-button"));
        Node arrow = fx(() -> header(table, "col-details").lookup(".arrow"));
        assertNotNull(arrow);
        Bounds cornerBounds = fx(() -> corner.localToScene(corner.getLayoutBounds()));
        Bounds arrowBounds = fx(() -> arrow.localToScene(arrow.getLayoutBounds()));
        assertTrue(fx(arrow::isVisible) && fx(corner::isVisible));
        assertFalse(cornerBounds.intersects(arrowBounds), "menu button " + cornerBounds + " over " + arrowBounds);
        Paint headerFill = fx(() -> fill((Region) header(table, "col-details")));
        assertEquals(headerFill, fx(() -> fill(corner)), "the menu button has the header's colour");
    }

    @Test
    void anUnknownRoleIsAMutedDashThatSaysWhereRolesComeFromInEnglishAndSwedish() {
        window = ListWindows.open(store, 1280, 800, AppLanguage.ENGLISH, Theme.LIGHT);
        ListBlade<?> blade = ListWindows.show(window, NavItem.RESETS);
        TableView<?> table = fx(() -> blade.table().view());
        int unknown = fx(() -> firstRowWithRole(blade, false));
        int known = fx(() -> firstRowWithRole(blade, true));
        onFx(() -> blade.table().scrollTo(unknown));
        settle();

        TableCell<?, ?> dash = fx(() -> roleCell(table, unknown));
        assertEquals("\u2014", fx(dash::getText));
        assertTrue(fx(() -> dash.getPseudoClassStates().contains(PseudoClass.getPseudoClass("unknown"))));
        assertTrue(fx(() -> dash.getTooltip().getText()).contains("Import role list"), fx(() -> dash.getTooltip()
                .getText()));
        onFx(() -> blade.table().scrollTo(known));
        settle();
        TableCell<?, ?> role = fx(() -> roleCell(table, known));
        assertFalse(fx(() -> role.getPseudoClassStates().contains(PseudoClass.getPseudoClass("unknown"))));
        assertFalse(fx(role::getText).isBlank());

        onFx(() -> window.model.languageProperty().set(AppLanguage.SWEDISH));
        onFx(() -> blade.table().scrollTo(unknown));
        settle();
        assertTrue(fx(() -> roleCell(table, unknown).getTooltip().getText()).contains("Importera rollista"));
        // the command line and the export keep the value as it is: empty
        @SuppressWarnings("unchecked")
        ListBlade<AttemptRow> resets = (ListBlade<AttemptRow>) blade;
        ListColumn<AttemptRow> roleColumn = resets.definition().columns().get(1);
        assertEquals("", fx(() -> resets.table().cellText(roleColumn, resets.list().loadedRow(unknown))));
    }

    private static List<String> frozenProblems(ListBlade<?> blade, TableView<?> table) {
        List<String> found = new ArrayList<>();
        double left = tableLeft(table);
        @SuppressWarnings("unchecked")
        ListBlade<Object> list = (ListBlade<Object>) blade;
        ListColumn<Object> date = list.definition().columns().get(0);
        int rows = 0;
        for (Node node : table.lookupAll(".table-row-cell")) {
            TableRow<?> row = (TableRow<?>) node;
            if (!row.isVisible() || row.getItem() == null) {
                continue;
            }
            rows++;
            TableCell<?, ?> cell = cellIn(row, "col-date");
            double x = cell.localToScene(cell.getLayoutBounds()).getMinX();
            if (Math.abs(x - left) > 1.5) {
                found.add("row " + row.getIndex() + ": first cell at " + x + ", table at " + left);
            }
            if (cell.getIndex() != row.getIndex()
                    || !list.table().cellText(date, row.getItem()).equals(cell.getText())) {
                found.add("row " + row.getIndex() + ": first cell shows " + cell.getText());
            }
        }
        TableColumnHeader header = header(table, "col-date");
        double headerX = header.localToScene(header.getLayoutBounds()).getMinX();
        if (Math.abs(headerX - left) > 1.5) {
            found.add("first header at " + headerX + ", table at " + left);
        }
        if (rows < 10) {
            found.add("only " + rows + " rows on screen");
        }
        return found;
    }

    private static double tableLeft(TableView<?> table) {
        return table.localToScene(table.snappedLeftInset(), 0).getX();
    }

    /** Whether row 0's cell of {@code columnId} is out of view: left of the table, or taken out of the row. */
    private static boolean scrolledAway(TableView<?> table, String columnId) {
        for (Node child : rowOf(table, 0).getChildrenUnmodifiable()) {
            if (child instanceof TableCell<?, ?> cell && cell.getTableColumn() != null
                    && columnId.equals(cell.getTableColumn().getId())) {
                return cell.localToScene(cell.getLayoutBounds()).getMaxX() <= tableLeft(table);
            }
        }
        return true;
    }

    private static TableRow<?> rowOf(TableView<?> table, int index) {
        for (Node node : table.lookupAll(".table-row-cell")) {
            if (node instanceof TableRow<?> row && row.getIndex() == index && row.isVisible()) {
                return row;
            }
        }
        throw new AssertionError("row " + index + " not on screen");
    }

    private static TableCell<?, ?> firstColumnCell(TableView<?> table, int index) {
        return cellIn(rowOf(table, index), "col-date");
    }

    private static TableCell<?, ?> cellIn(TableRow<?> row, String columnId) {
        for (Node child : row.getChildrenUnmodifiable()) {
            if (child instanceof TableCell<?, ?> cell && cell.getTableColumn() != null
                    && columnId.equals(cell.getTableColumn().getId())) {
                return cell;
            }
        }
        throw new AssertionError("no " + columnId + " cell in row " + row.getIndex());
    }

    private static TableCell<?, ?> roleCell(TableView<?> table, int index) {
        return cellIn(rowOf(table, index), "col-role");
    }

    private static TableColumnHeader header(TableView<?> table, String columnId) {
        for (Node node : table.lookupAll(".column-header")) {
            if (node instanceof TableColumnHeader header && header.getTableColumn() != null
                    && columnId.equals(header.getTableColumn().getId())) {
                return header;
            }
        }
        throw new AssertionError("no header " + columnId);
    }

    private static int firstRowWithRole(ListBlade<?> blade, boolean known) {
        for (int i = 0; i < blade.list().rows().size(); i++) {
            AttemptRow row = (AttemptRow) blade.list().loadedRow(i);
            if (row != null && (row.attempt().role() != null && !row.attempt().role().isBlank()) == known) {
                return i;
            }
        }
        throw new AssertionError("no attempt whose role is " + (known ? "known" : "unknown"));
    }

    private static Paint fill(Region region) {
        var fills = region.getBackground().getFills();
        return fills.get(fills.size() - 1).getFill();
    }
}
