package com.ssprviewer.ui.shell;

import com.ssprviewer.ui.common.I18n;
import com.ssprviewer.ui.common.StatusModel;
import com.ssprviewer.ui.common.Styles;
import com.ssprviewer.work.Threads;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Region;
import org.controlsfx.control.PopOver;
import org.controlsfx.control.TaskProgressView;

/**
 * Every task the window runs, in a ControlsFX {@link TaskProgressView} inside a {@link PopOver} that the status bar
 * opens: each with its title, latest message, progress and a Cancel that reaches that task only. The list follows
 * {@link StatusModel#running()}: a task joins when it starts and leaves when it has ended.
 */
final class RunningTasksView {
    static final String ID = "running-tasks";

    private final TaskProgressView<ShownTask> view = new TaskProgressView<>();
    private final PopOver popOver = new PopOver(view);
    private final Map<StatusModel.Activity, ShownTask> shown = new HashMap<>();
    private final ExecutorService parked = Threads.onDemand("sspr-task-view");

    RunningTasksView(StatusModel status) {
        view.setId(ID);
        view.getStyleClass().add(ID);
        view.setGraphicFactory(task -> cancelLabeller());
        view.skinProperty().addListener((obs, old, skin) -> translatePlaceholder());
        popOver.setArrowLocation(PopOver.ArrowLocation.BOTTOM_RIGHT);
        popOver.setDetachable(false);
        popOver.setAnimated(false);
        popOver.setAutoHide(true);
        popOver.titleProperty().bind(I18n.text("status.tasks.title"));
        status.running().forEach(this::started);
        status.running().addListener((ListChangeListener<StatusModel.Activity>) change -> {
            while (change.next()) {
                change.getRemoved().forEach(this::ended);
                change.getAddedSubList().forEach(this::started);
            }
        });
    }

    /** Opens the list above {@code owner} (the status bar's summary), or closes it when it is open. */
    void toggle(Node owner) {
        if (popOver.isShowing()) {
            popOver.hide();
        } else {
            Styles.followOwner(popOver, owner);
            popOver.show(owner);
        }
    }

    PopOver popOver() {
        return popOver;
    }

    /** Ends the stand-in tasks (their parked threads are interrupted) and the list, for the end of the window. */
    void close() {
        parked.shutdownNow();
        if (Platform.isFxApplicationThread()) {
            popOver.hide();
        } else {
            Platform.runLater(popOver::hide);
        }
    }

    private void started(StatusModel.Activity activity) {
        if (parked.isShutdown()) {
            return;
        }
        ShownTask task = new ShownTask(activity);
        shown.put(activity, task);
        view.getTasks().add(task);
        parked.execute(task);
    }

    private void ended(StatusModel.Activity activity) {
        ShownTask task = shown.remove(activity);
        if (task != null) {
            view.getTasks().remove(task);
            task.release();
        }
    }

    /**
     * ControlsFX writes its row's Cancel in English; the graphic it asks for each row is given a parent in that row,
     * and at that moment names the row's Cancel in the window's language.
     */
    private Node cancelLabeller() {
        Region marker = new Region();
        marker.setManaged(false);
        marker.parentProperty().addListener((obs, old, row) -> {
            if (row instanceof BorderPane pane && pane.getRight() instanceof Button cancel) {
                cancel.textProperty().bind(I18n.text("status.cancel"));
                Tooltip tip = new Tooltip();
                tip.textProperty().bind(I18n.text("status.tasks.cancelOne"));
                cancel.setTooltip(tip);
            }
        });
        return marker;
    }

    private void translatePlaceholder() {
        Node list = view.lookup(".list-view");
        if (list instanceof ListView<?> tasks) {
            Label none = new Label();
            none.textProperty().bind(I18n.text("status.tasks.none"));
            tasks.setPlaceholder(none);
        }
    }
}
