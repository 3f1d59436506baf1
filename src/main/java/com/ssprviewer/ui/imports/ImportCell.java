package com.ssprviewer.ui.imports;

import com.ssprviewer.store.api.ImportRecord;
import com.ssprviewer.store.api.ImportResult;
import com.ssprviewer.ui.common.Styles;
import com.ssprviewer.ui.common.TimeFormat;
import java.util.function.Supplier;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.TableCell;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;

/**
 * A cell of the Imports table: text from its {@link ImportColumn}, numbers right-aligned, the file with its format,
 * the outcome as a badge.
 */
final class ImportCell extends TableCell<ImportRecord, ImportRecord> {
    private final ImportColumn column;
    private final Supplier<TimeFormat> time;

    ImportCell(ImportColumn column, Supplier<TimeFormat> time) {
        this.column = column;
        this.time = time;
        if (column.numeric()) {
            setAlignment(Pos.CENTER_RIGHT);
        }
    }

    @Override
    protected void updateItem(ImportRecord record, boolean empty) {
        super.updateItem(record, empty);
        setText(null);
        setGraphic(null);
        if (empty || record == null) {
            return;
        }
        if (column == ImportColumn.OUTCOME) {
            setGraphic(OutcomeBadge.of(outcomeOf(record), record.rejected(), null));
        } else if (column == ImportColumn.FILE) {
            setGraphic(file(record));
        } else {
            setText(column.text(record, time.get()));
        }
    }

    /** The file's name (cut in its middle, where names of one export differ least) with its format under it. */
    private static Node file(ImportRecord record) {
        Label name = new Label(record.fileName());
        name.setTextOverrun(OverrunStyle.CENTER_ELLIPSIS);
        Label format = new Label(ImportTexts.formatOfCode(record.formatCode()));
        format.getStyleClass().add(Styles.MUTED);
        format.setTextOverrun(OverrunStyle.CENTER_ELLIPSIS);
        VBox both = new VBox(name, format);
        both.setMinWidth(0);
        Tooltip.install(both, new Tooltip(record.fileName() + "\n" + format.getText()));
        return both;
    }

    static ImportResult.Outcome outcomeOf(ImportRecord record) {
        return ImportResult.Outcome.fromCode(record.outcome()).orElse(ImportResult.Outcome.FAILED);
    }
}
