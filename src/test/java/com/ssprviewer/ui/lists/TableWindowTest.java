package com.ssprviewer.ui.lists;

import static com.ssprviewer.ui.common.FxWait.fx;
import static com.ssprviewer.ui.common.FxWait.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collections;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.ObservableList;
import javafx.collections.ObservableListBase;
import javafx.scene.Scene;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A table over lists of numbered rows, with a window of 100 rows. */
@ExtendWith(ApplicationExtension.class)
class TableWindowTest {
    private TableView<Integer> table;
    private SimpleObjectProperty<ObservableList<Integer>> rows;
    private TableWindow<Integer> window;

    @Start
    void start(Stage stage) {
        table = new TableView<>();
        rows = new SimpleObjectProperty<>(new Numbers(1000));
        TableColumn<Integer, Integer> column = new TableColumn<>("n");
        column.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(f.getValue()));
        table.getColumns().add(column);
        table.setFixedCellSize(24);
        window = new TableWindow<>(table, rows, 100);
        stage.setScene(new Scene(new Pane(window.node()), 300, 400));
        ((Pane) stage.getScene().getRoot()).getChildren().get(0).resize(300, 400);
        stage.show();
    }

    @Test
    void aLongListShowsAWindowOfItAndABarOverAllOfIt() {
        assertEquals(100, fx(() -> table.getItems().size()));
        assertTrue(fx(() -> bar().isVisible()));
        assertEquals(999.0, fx(() -> bar().getMax()), 20.0);
    }

    @Test
    void scrollingToTheLastRowMovesTheWindowThere() {
        fx(() -> {
            window.scrollTo(999);
            return null;
        });
        waitUntil("the last row on screen", () -> shownRows().contains(999));
        int last = fx(() -> flow().getLastVisibleCell().getIndex());
        assertEquals(999, fx(() -> window.rowIndex(last)));
        assertEquals(999, fx(() -> table.getItems().get(last)));
    }

    @Test
    void wheelScrollingPastTheWindowsEdgeReachesTheRowsBeyondIt() {
        for (int i = 0; i < 40; i++) {
            fx(() -> flow().scrollPixels(120));
            WaitForAsyncUtils.waitForFxEvents();
        }
        waitUntil("rows beyond the first window", () -> shownRows().stream().anyMatch(n -> n > 150));
        int first = fx(() -> flow().getFirstVisibleCell().getIndex());
        assertEquals(fx(() -> table.getItems().get(first)), fx(() -> window.rowIndex(first)));
        assertEquals(fx(() -> window.rowIndex(first)), fx(() -> bar().getValue()), 1.0);
    }

    @Test
    void theSelectedRowStaysSelectedWhenTheWindowMoves() {
        fx(() -> {
            table.getSelectionModel().select(60);
            window.scrollTo(90);
            return null;
        });
        waitUntil("the window moved", () -> window.rowIndex(0) > 0);
        assertEquals(60, fx(() -> table.getSelectionModel().getSelectedItem()));
        assertEquals(60, fx(() -> window.rowIndex(table.getSelectionModel().getSelectedIndex())));
    }

    @Test
    void aShortListIsShownWholeWithTheTablesOwnBar() {
        fx(() -> {
            rows.set(new Numbers(50));
            return null;
        });
        assertEquals(50, fx(() -> table.getItems().size()));
        assertFalse(fx(() -> bar().isVisible()));
    }

    @Test
    void aPageArrivingOnScreenIsDrawnWithoutTheTableGettingNewItems() {
        Numbers loading = new Numbers(1000);
        loading.loadedFrom = 10;
        fx(() -> {
            rows.set(loading);
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        ObservableList<Integer> items = fx(table::getItems);
        assertNull(fx(() -> flow().getVisibleCell(0).getItem()));

        fx(() -> {
            loading.load(0, 10);
            return null;
        });

        waitUntil("row 0 drawn", () -> Integer.valueOf(0).equals(flow().getVisibleCell(0).getItem()));
        assertSame(items, fx(table::getItems));
    }

    private ScrollBar bar() {
        return (ScrollBar) window.node().lookup("#list-scroll");
    }

    private VirtualFlow<?> flow() {
        return (VirtualFlow<?>) table.lookup(".virtual-flow");
    }

    private java.util.List<Integer> shownRows() {
        java.util.List<Integer> shown = new java.util.ArrayList<>();
        IndexedCell<?> first = flow().getFirstVisibleCell();
        IndexedCell<?> last = flow().getLastVisibleCell();
        for (int i = first.getIndex(); i <= last.getIndex(); i++) {
            Object item = flow().getVisibleCell(i).getItem();
            if (item != null) {
                shown.add((Integer) item);
            }
        }
        return shown;
    }

    /** Rows 0..size-1 whose value is their index; rows before {@code loadedFrom} read as null until loaded. */
    private static final class Numbers extends ObservableListBase<Integer> {
        private final int size;
        private int loadedFrom;

        Numbers(int size) {
            this.size = size;
        }

        void load(int from, int to) {
            loadedFrom = 0;
            beginChange();
            nextReplace(from, to, Collections.nCopies(to - from, null));
            endChange();
        }

        @Override
        public Integer get(int index) {
            return index < loadedFrom ? null : index;
        }

        @Override
        public int size() {
            return size;
        }
    }
}
