package com.ssprviewer.ui.shell;

import com.ssprviewer.ui.common.I18n;
import com.ssprviewer.ui.common.StatusModel;
import com.ssprviewer.ui.common.Styles;
import com.ssprviewer.ui.common.TimeFormat;
import com.ssprviewer.ui.common.TimeMode;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/**
 * The bottom bar: the latest message, and while work runs a progress bar and Cancel bound to the
 * {@link StatusModel}; on the right the label saying which time zone times are shown in.
 */
final class StatusBar extends HBox {

    StatusBar(StatusModel status, ObservableValue<TimeMode> timeMode) {
        getStyleClass().add(Styles.STATUS_BAR);
        Label message = new Label();
        message.setId("status-message");
        message.getStyleClass().add(Styles.STATUS_MESSAGE);
        message.textProperty().bind(status.messageProperty());
        message.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(message, Priority.ALWAYS);

        ProgressBar progress = new ProgressBar();
        progress.setId("status-progress");
        progress.progressProperty().bind(status.progressProperty());
        showWhileBusy(progress, status);

        Button cancel = new Button();
        cancel.setId("status-cancel");
        cancel.textProperty().bind(I18n.text("status.cancel"));
        cancel.disableProperty().bind(status.cancellableProperty().not());
        cancel.setOnAction(event -> status.cancel());
        showWhileBusy(cancel, status);

        Label zone = new Label();
        zone.setId("status-time-mode");
        zone.getStyleClass().add(Styles.MUTED);
        zone.textProperty().bind(TimeFormat.columnLabel(timeMode));

        getChildren().addAll(message, progress, cancel, zone);
    }

    private static void showWhileBusy(javafx.scene.Node node, StatusModel status) {
        node.visibleProperty().bind(status.busyProperty());
        node.managedProperty().bind(status.busyProperty());
    }
}
