package com.ssprviewer.ui.lists;

import com.ssprviewer.lists.ListColumn;
import java.util.List;
import javafx.scene.control.TableColumn;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;

/**
 * Fits a list's columns once, when its first rows arrive, to their headers and the widest text of those rows (up to
 * a cap), in place of their default widths: a role such as "Global Administrator" or a user principal name then
 * reads whole where the blade has room ({@link GridWidths} shares what it has). It fits only once, so the columns
 * never jump while the user scrolls; a text longer than the cap (a reason, a list of properties) is still cut and
 * keeps its tooltip.
 */
final class ColumnFit<R> {
    /** The rows measured: the first page as it is first shown. */
    private static final int ROWS = 100;
    /** No column grows wider than this for one long value. */
    private static final double WIDEST = 300;
    /** A cell's padding on both sides (6 each), with room to spare. */
    private static final double PADDING = 14;
    /** The list's font (app.css sets it on the root); JavaFX falls back as it does when drawing. */
    private static final Font FONT = Font.font("Segoe UI", 13);
    /** A header's sort arrow beside its text. */
    static final double SORT_ARROW = 14;

    private final PagedListModel<R> model;
    private final ListTable<R> table;
    private final List<ListColumn<R>> columns;
    private final List<TableColumn<R, Object>> tableColumns;
    private final GridWidths<R> widths;
    private boolean done;

    ColumnFit(PagedListModel<R> model, ListTable<R> table, List<ListColumn<R>> columns,
              List<TableColumn<R, Object>> tableColumns, GridWidths<R> widths) {
        this.model = model;
        this.table = table;
        this.columns = columns;
        this.tableColumns = tableColumns;
        this.widths = widths;
        model.rowsProperty().addListener(o -> fit());
        model.loadingProperty().addListener(o -> fit());
    }

    private void fit() {
        if (done || model.loadingProperty().get() || model.rows().isEmpty() || model.loadedRow(0) == null) {
            return;
        }
        done = true;
        int rows = Math.min(ROWS, model.rows().size());
        for (int c = 0; c < columns.size(); c++) {
            double widest = 0;
            for (int i = 0; i < rows; i++) {
                R row = model.loadedRow(i);
                if (row == null) {
                    break;
                }
                widest = Math.max(widest, width(table.cellText(columns.get(c), row)));
            }
            widths.fitted(tableColumns.get(c), widest);
        }
    }

    /** Widens {@code column} to hold a text {@code widest} wide, up to the cap; never narrows it. */
    static void widen(TableColumn<?, ?> column, double widest) {
        column.setPrefWidth(Math.max(column.getPrefWidth(), wanted(widest)));
    }

    /** The width a column wants for a text {@code widest} wide: with its padding, up to the cap. */
    static double wanted(double widest) {
        return Math.min(WIDEST, Math.ceil(widest + PADDING));
    }

    /** How wide {@code text} is drawn in a list's cells. */
    static double width(String text) {
        Text measured = new Text(text == null ? "" : text);
        measured.setFont(FONT);
        return measured.getLayoutBounds().getWidth();
    }

    /** How wide {@code text} is drawn in a (bold) header, with its sort arrow. */
    static double headerWidth(String text) {
        Text measured = new Text(text == null ? "" : text);
        measured.setFont(Font.font(FONT.getFamily(), FontWeight.BOLD, FONT.getSize()));
        return measured.getLayoutBounds().getWidth() + SORT_ARROW;
    }
}
