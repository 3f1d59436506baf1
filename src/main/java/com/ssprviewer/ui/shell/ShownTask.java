package com.ssprviewer.ui.shell;

import com.ssprviewer.ui.common.I18n;
import com.ssprviewer.ui.common.StatusModel;
import java.util.concurrent.CountDownLatch;
import javafx.beans.value.ChangeListener;
import javafx.concurrent.Task;

/**
 * One running {@link StatusModel.Activity} as ControlsFX's TaskProgressView wants it: a JavaFX {@link Task} with the
 * activity's title, message and progress. The work itself runs elsewhere (started through {@code Tasks}); this task
 * only stands for it. It runs, parked, until the activity ends, because the view offers Cancel only for a running
 * task and drops a task once it has succeeded. Its Cancel asks the activity to stop and keeps the row, saying it is
 * cancelling, until the work has undone itself and ended.
 */
final class ShownTask extends Task<Void> {
    private final StatusModel.Activity activity;
    private final CountDownLatch ended = new CountDownLatch(1);
    private final ChangeListener<String> messages = (obs, old, now) -> showMessage(now);
    private final ChangeListener<Number> fractions = (obs, old, now) -> showProgress(now.doubleValue());
    private boolean cancelling;

    /** Mirrors {@code activity}; call on the FX thread, then run the task on a thread of its own. */
    ShownTask(StatusModel.Activity activity) {
        this.activity = activity;
        updateTitle(activity.title());
        showMessage(activity.messageProperty().get());
        showProgress(activity.progressProperty().get());
        activity.messageProperty().addListener(messages);
        activity.progressProperty().addListener(fractions);
    }

    StatusModel.Activity activity() {
        return activity;
    }

    /** The work has ended: the task ends too, so the view drops its row. FX thread. */
    void release() {
        activity.messageProperty().removeListener(messages);
        activity.progressProperty().removeListener(fractions);
        ended.countDown();
    }

    @Override
    protected Void call() throws InterruptedException {
        ended.await();
        return null;
    }

    /** The view's Cancel (FX thread): cancels this work only; the row stays until the work has ended. */
    @Override
    public boolean cancel(boolean mayInterruptIfRunning) {
        if (!activity.isCancellable()) {
            return false;
        }
        activity.cancel();
        cancelling = true;
        updateMessage(I18n.get("status.tasks.cancelling"));
        return true;
    }

    private void showMessage(String text) {
        if (!cancelling) {
            updateMessage(text);
        }
    }

    private void showProgress(double fraction) {
        if (fraction < 0) {
            updateProgress(-1, 1);
        } else {
            updateProgress(fraction, 1);
        }
    }
}
