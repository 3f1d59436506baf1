package com.ssprviewer.ui.imports;

import com.ssprviewer.store.api.ImportRecord;
import com.ssprviewer.store.api.ImportResult;
import com.ssprviewer.ui.common.TimeFormat;
import java.util.function.Supplier;
import javafx.geometry.Pos;
import javafx.scene.control.TableCell;

/** A cell of the Imports table: text from its {@link ImportColumn}, numbers right-aligned, outcome as a badge. */
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
        } else {
            setText(column.text(record, time.get()));
        }
    }

    private static ImportResult.Outcome outcomeOf(ImportRecord record) {
        return ImportResult.Outcome.fromCode(record.outcome()).orElse(ImportResult.Outcome.FAILED);
    }
}
