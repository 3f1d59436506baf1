package com.ssprviewer.ui.shell;

import com.ssprviewer.ui.common.I18n;
import com.ssprviewer.ui.common.StatusModel;
import com.ssprviewer.ui.common.Styles;
import com.ssprviewer.ui.common.TimeFormat;
import com.ssprviewer.ui.common.TimeMode;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.IntegerBinding;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import org.controlsfx.control.StatusBar;

/**
 * The bottom bar, a ControlsFX {@link StatusBar}: the latest message, and while work runs (an import, a report, a
 * removal, a store opening) the newest task's progress and a Cancel that reaches it, bound to the
 * {@link StatusModel}; beside them how many tasks run ("2 tasks running"), which opens the list of them all
 * ({@link RunningTasksView}); on the right the label saying which time zone times are shown in.
 */
final class StatusBarView {
    /** ControlsFX hides its progress bar at exactly 0; running work that has done nothing yet still shows one. */
    private static final double STARTED = 1e-4;

    private final StatusBar bar = new StatusBar();
    private final RunningTasksView tasks;

    StatusBarView(StatusModel status, ObservableValue<TimeMode> timeMode) {
        bar.getStyleClass().add(Styles.STATUS_BAR);
        bar.textProperty().bind(status.messageProperty());
        bar.progressProperty().bind(Bindings.createDoubleBinding(() -> !status.isBusy() ? 0
                : status.getProgress() == 0 ? STARTED : status.getProgress(),
                status.busyProperty(), status.progressProperty()));
        bar.skinProperty().addListener((obs, old, skin) -> nameSkinParts());

        tasks = new RunningTasksView(status);
        Hyperlink summary = new Hyperlink();
        summary.setId("status-tasks");
        IntegerBinding count = Bindings.size(status.running());
        summary.textProperty().bind(Bindings.createStringBinding(
                () -> I18n.format("status.tasks.running", count.get()), count, I18n.localeProperty()));
        summary.visibleProperty().bind(count.greaterThan(0));
        summary.managedProperty().bind(summary.visibleProperty());
        summary.setOnAction(event -> tasks.toggle(summary));

        Button cancel = new Button();
        cancel.setId("status-cancel");
        cancel.textProperty().bind(I18n.text("status.cancel"));
        cancel.disableProperty().bind(status.cancellableProperty().not());
        cancel.setOnAction(event -> status.cancel());
        cancel.visibleProperty().bind(status.busyProperty());
        cancel.managedProperty().bind(status.busyProperty());

        Label zone = new Label();
        zone.setId("status-time-mode");
        zone.getStyleClass().add(Styles.MUTED);
        zone.textProperty().bind(TimeFormat.columnLabel(timeMode));

        bar.getRightItems().addAll(summary, cancel, zone);
    }

    StatusBar view() {
        return bar;
    }

    /** Ends what the list of running tasks keeps, for the end of the window. */
    void close() {
        tasks.close();
    }

    /** The skin's message label and progress bar get the ids the rest of the window (and its tests) know them by. */
    private void nameSkinParts() {
        Node message = bar.lookup(".status-label");
        if (message != null) {
            message.setId("status-message");
            message.getStyleClass().add(Styles.STATUS_MESSAGE);
        }
        Node progress = bar.lookup(".progress-bar");
        if (progress != null) {
            progress.setId("status-progress");
        }
    }
}
