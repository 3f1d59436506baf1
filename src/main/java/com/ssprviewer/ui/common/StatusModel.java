package com.ssprviewer.ui.common;

import java.util.ArrayDeque;
import java.util.Deque;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * What the status bar shows: a message, and while background work runs, its progress and a Cancel that reaches it.
 * Several tasks may run at once; the newest one is shown and the bar goes quiet when the last one ends.
 * Used on the FX thread only (tasks update it through their callbacks).
 */
public final class StatusModel {
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", 0);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy", false);
    private final ReadOnlyBooleanWrapper cancellable = new ReadOnlyBooleanWrapper(this, "cancellable", false);
    private final Deque<Activity> activities = new ArrayDeque<>();

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** Between 0 and 1, or -1 (indeterminate) while the running task has not said how much there is to do. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty cancellableProperty() {
        return cancellable.getReadOnlyProperty();
    }

    public String getMessage() {
        return message.get();
    }

    public double getProgress() {
        return progress.get();
    }

    public boolean isBusy() {
        return busy.get();
    }

    /** Shows a one-sentence message, e.g. the summary of a finished import. */
    public void showMessage(String text) {
        message.set(text == null ? "" : text);
    }

    /** Registers running work; {@code cancel} may be null when the work cannot be cancelled. */
    public Activity begin(String text, Runnable cancel) {
        Activity activity = new Activity(text == null ? "" : text, cancel);
        activities.push(activity);
        show(activity);
        return activity;
    }

    /** What the Cancel button does: cancels the work currently shown. */
    public void cancel() {
        Activity current = activities.peek();
        if (current != null && current.cancel != null && !current.cancelRequested) {
            current.cancelRequested = true;
            current.cancel.run();
            cancellable.set(false);
        }
    }

    private void show(Activity activity) {
        message.set(activity.text);
        progress.set(activity.fraction);
        busy.set(true);
        cancellable.set(activity.cancel != null && !activity.cancelRequested);
    }

    private void ended(Activity activity) {
        boolean wasShown = activities.peek() == activity;
        activities.remove(activity);
        Activity next = activities.peek();
        if (next != null) {
            show(next);
        } else if (wasShown) {
            message.set("");
            progress.set(0);
            busy.set(false);
            cancellable.set(false);
        }
    }

    /** One piece of running work as the status bar knows it. */
    public final class Activity {
        private final Runnable cancel;
        private String text;
        private double fraction = -1;
        private boolean cancelRequested;

        private Activity(String text, Runnable cancel) {
            this.text = text;
            this.cancel = cancel;
        }

        /** Applies a progress report; a null message keeps the previous one. */
        public void update(ProgressUpdate update) {
            fraction = update.fraction();
            if (update.message() != null) {
                text = update.message();
            }
            if (activities.peek() == this) {
                progress.set(fraction);
                message.set(text);
            }
        }

        public void end() {
            ended(this);
        }
    }
}
