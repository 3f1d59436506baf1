package com.ssprviewer.ui.imports;

import com.ssprviewer.store.api.ImportResult;
import com.ssprviewer.store.api.RejectedRow;
import com.ssprviewer.ui.common.I18n;
import com.ssprviewer.ui.common.Styles;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * One file of an import summary: name and outcome badge, format, counts, reason, its rejected rows and its warnings
 * (rows read but not wholly used, e.g. a snapshot user whose methods the export did not list).
 */
final class ResultCard extends VBox {
    private static final int VISIBLE_ROWS = 8;

    ResultCard(ImportResult result, int index) {
        getStyleClass().add(ImportStyles.CARD);
        setId("summary-file-" + index);
        String name = ImportTexts.fileName(result.file());
        Label file = new Label(name);
        file.getStyleClass().add(ImportStyles.CARD_TITLE);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(file, spacer, OutcomeBadge.of(result.outcome(), result.rejected(),
                "summary-outcome-" + index));
        header.getStyleClass().add(ImportStyles.CARD_HEADER);
        getChildren().add(header);

        Label format = new Label(ImportTexts.format(result.format()));
        format.setId("summary-format-" + index);
        format.getStyleClass().add(Styles.MUTED);
        Label line = new Label(ImportTexts.detail(result));
        line.setId("summary-line-" + index);
        line.setWrapText(true);
        boolean bad = result.outcome() == ImportResult.Outcome.REFUSED
                || result.outcome() == ImportResult.Outcome.FAILED;
        line.getStyleClass().add(bad ? Styles.DANGER : ImportStyles.COUNTS);
        getChildren().addAll(format, line);
        if (!result.rejectedRows().isEmpty()) {
            getChildren().addAll(rejectedCaption(result), rowList(result.rejectedRows(), "summary-rejected-" + index));
        }
        if (result.warnings() != null && !result.warnings().isEmpty()) {
            Label caption = new Label(I18n.format("import.warnings", result.warnings().size()));
            caption.getStyleClass().add(ImportStyles.SECTION);
            getChildren().addAll(caption, rowList(result.warnings(), "summary-warnings-" + index));
        }
    }

    private static Label rejectedCaption(ImportResult result) {
        Label caption = new Label(I18n.format("blade.importSummary.rejectedRows", result.rejected()));
        caption.getStyleClass().add(ImportStyles.SECTION);
        return caption;
    }

    private static ListView<String> rowList(List<RejectedRow> listed, String id) {
        ListView<String> list = new ListView<>();
        list.setId(id);
        list.getStyleClass().add(ImportStyles.REJECTED_LIST);
        for (RejectedRow row : listed) {
            list.getItems().add(row.toString());
        }
        double rows = Math.min(VISIBLE_ROWS, list.getItems().size());
        list.setFixedCellSize(26);
        list.setPrefHeight(rows * 26 + 4);
        list.setMinHeight(list.getPrefHeight());
        return list;
    }
}
