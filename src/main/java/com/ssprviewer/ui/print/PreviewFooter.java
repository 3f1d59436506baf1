package com.ssprviewer.ui.print;

import com.ssprviewer.ui.common.I18n;
import com.ssprviewer.ui.common.StatusModel;
import com.ssprviewer.ui.common.Styles;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * The preview's status bar: the window's status message (rendering, saving, sending to the printer) with its
 * progress, and on the right the page count of the pages on screen.
 */
final class PreviewFooter {
    private final HBox bar;

    PreviewFooter(PreviewModel model, StatusModel status) {
        Label message = new Label();
        message.setId("print-status");
        message.textProperty().bind(status.messageProperty());
        message.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(message, Priority.ALWAYS);
        ProgressBar progress = new ProgressBar();
        progress.progressProperty().bind(status.progressProperty());
        progress.visibleProperty().bind(status.busyProperty());
        progress.managedProperty().bind(status.busyProperty());
        Label count = new Label();
        count.setId("print-page-count");
        count.getStyleClass().add(PrintStyles.PAGE_COUNT);
        count.setMinWidth(Region.USE_PREF_SIZE);
        count.textProperty().bind(Bindings.createStringBinding(() -> switch (model.getPhase()) {
            case RENDERING -> I18n.get("print.rendering");
            case FAILED -> I18n.get("print.noPages");
            case READY -> I18n.format("print.pages", model.getPageCount());
        }, model.phaseProperty(), model.pageCountProperty(), I18n.localeProperty()));
        bar = new HBox(12, message, progress, count);
        bar.getStyleClass().addAll(Styles.STATUS_BAR, PrintStyles.FOOTER);
    }

    HBox view() {
        return bar;
    }
}
