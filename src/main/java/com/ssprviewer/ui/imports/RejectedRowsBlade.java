package com.ssprviewer.ui.imports;

import com.ssprviewer.store.api.ImportRecord;
import com.ssprviewer.store.api.ImportResult;
import com.ssprviewer.store.api.RejectedRow;
import com.ssprviewer.ui.common.Blade;
import com.ssprviewer.ui.common.I18n;
import com.ssprviewer.ui.common.StoreAccess;
import com.ssprviewer.ui.common.Styles;
import com.ssprviewer.ui.common.Tasks;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The rows one import could not read, as {@code file:line: reason}, then the rows it read but could not wholly use
 * (warnings), loaded from the store in the background.
 */
public final class RejectedRowsBlade implements Blade {
    private final StoreAccess access;
    private final ImportRecord record;
    private final ListView<String> list = new ListView<>();
    private final Label caption = new Label();
    private final ListView<String> warnings = new ListView<>();
    private final Label warningsCaption = new Label();
    private VBox view;

    public RejectedRowsBlade(StoreAccess access, ImportRecord record) {
        this.access = access;
        this.record = record;
    }

    @Override
    public String title() {
        return I18n.get(refused() ? "blade.rejected.refusedTitle" : "blade.rejected.title");
    }

    /** A refused file has no rows at all: its blade says why it was refused rather than "no rejected rows". */
    private boolean refused() {
        return ImportResult.Outcome.REFUSED.code().equals(record.outcome());
    }

    @Override
    public String subtitle() {
        return record.fileName();
    }

    @Override
    public double width() {
        return 380;
    }

    @Override
    public Node view() {
        if (view == null) {
            list.setId("rejected-list");
            list.getStyleClass().add(ImportStyles.REJECTED_LIST);
            Label empty = new Label();
            empty.textProperty().bind(I18n.text("blade.rejected.none"));
            empty.setWrapText(true);
            empty.getStyleClass().add(Styles.MUTED);
            list.setPlaceholder(empty);
            caption.setId("rejected-caption");
            caption.getStyleClass().add(ImportStyles.SECTION);
            caption.setText(refused() ? I18n.get("blade.rejected.refused")
                    : I18n.format("blade.importSummary.rejectedRows", record.rejected()));
            caption.setWrapText(true);
            list.managedProperty().bind(list.visibleProperty());
            list.setVisible(!refused());
            VBox.setVgrow(list, Priority.ALWAYS);
            warnings.setId("warnings-list");
            warnings.getStyleClass().add(ImportStyles.REJECTED_LIST);
            warningsCaption.setId("warnings-caption");
            warningsCaption.getStyleClass().add(ImportStyles.SECTION);
            warnings.managedProperty().bind(warnings.visibleProperty());
            warningsCaption.managedProperty().bind(warningsCaption.visibleProperty());
            warnings.setVisible(false);
            warningsCaption.setVisible(false);
            view = new VBox(caption, list, warningsCaption, warnings);
            view.getStyleClass().add(ImportStyles.SUMMARY);
            load();
        }
        return view;
    }

    private void load() {
        Tasks.create(() -> List.of(access.store().rejectedRows(record.id()),
                        access.store().importWarnings(record.id())))
                .onSuccess(rows -> {
                    show(rows.get(0));
                    showWarnings(rows.get(1));
                })
                .onError(error -> caption.setText(I18n.format("blade.imports.loadFailed", error.getMessage())))
                .runOnce(access.executor());
    }

    private void show(List<RejectedRow> rows) {
        list.getItems().setAll(rows.stream().map(RejectedRow::toString).toList());
    }

    private void showWarnings(List<RejectedRow> rows) {
        warnings.getItems().setAll(rows.stream().map(RejectedRow::toString).toList());
        warningsCaption.setText(I18n.format("import.warnings", rows.size()));
        warnings.setVisible(!rows.isEmpty());
        warningsCaption.setVisible(!rows.isEmpty());
        warnings.setPrefHeight(Math.min(8, rows.size()) * 26 + 4);
    }

    /** The warnings shown (for tests). */
    public List<String> warnings() {
        return List.copyOf(warnings.getItems());
    }
}
