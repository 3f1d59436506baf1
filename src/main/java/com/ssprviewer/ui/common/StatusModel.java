package com.ssprviewer.ui.common;

import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * What the status bar shows: a message, and while background work runs, its progress and a Cancel that reaches it.
 * Every task started with {@link TaskBuilder#showingIn} is registered here, so {@link #running()} lists all work
 * the window runs (imports, exports, print jobs, removals, store openings); the newest one is shown in the bar and
 * the bar goes quiet when the last one ends. Used on the FX thread only (tasks update it through their callbacks).
 */
public final class StatusModel {
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", 0);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy", false);
    private final ReadOnlyBooleanWrapper cancellable = new ReadOnlyBooleanWrapper(this, "cancellable", false);
    private final ObservableList<Activity> activities = FXCollections.observableArrayList();
    private final ObservableList<Activity> running = FXCollections.unmodifiableObservableList(activities);

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

    /** The work running now, oldest first; a task leaves the list when it has ended (done, failed or cancelled). */
    public ObservableList<Activity> running() {
        return running;
    }

    /** Shows a one-sentence message, e.g. the summary of a finished import. */
    public void showMessage(String text) {
        message.set(text == null ? "" : text);
    }

    /** Registers running work; {@code cancel} may be null when the work cannot be cancelled. */
    public Activity begin(String text, Runnable cancel) {
        Activity activity = new Activity(text == null ? "" : text, cancel);
        activities.add(activity);
        show(activity);
        return activity;
    }

    /** What the bar's Cancel button does: cancels the work currently shown (the newest). */
    public void cancel() {
        Activity current = current();
        if (current != null) {
            current.cancel();
        }
    }

    /** Asks every running task that can be cancelled to stop, e.g. before the window closes. */
    public void cancelAll() {
        for (Activity activity : List.copyOf(activities)) {
            activity.cancel();
        }
    }

    private Activity current() {
        return activities.isEmpty() ? null : activities.get(activities.size() - 1);
    }

    private void show(Activity activity) {
        message.set(activity.message.get());
        progress.set(activity.fraction.get());
        busy.set(true);
        cancellable.set(activity.isCancellable());
    }

    private void ended(Activity activity) {
        boolean wasShown = current() == activity;
        activities.remove(activity);
        Activity next = current();
        if (next != null) {
            show(next);
        } else if (wasShown) {
            message.set("");
            progress.set(0);
            busy.set(false);
            cancellable.set(false);
        }
    }

    /** One piece of running work as the status bar knows it: its title, latest message and progress. */
    public final class Activity {
        private final String title;
        private final Runnable cancel;
        private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message");
        private final ReadOnlyDoubleWrapper fraction = new ReadOnlyDoubleWrapper(this, "progress", -1);
        private boolean cancelRequested;

        private Activity(String title, Runnable cancel) {
            this.title = title;
            this.cancel = cancel;
            message.set(title);
        }

        /** What the work was started as, e.g. "Importing 2 files...". */
        public String title() {
            return title;
        }

        /** The latest line the work reported (its title until it reports one). */
        public ReadOnlyStringProperty messageProperty() {
            return message.getReadOnlyProperty();
        }

        /** Between 0 and 1, or -1 while the work has not said how much there is to do. */
        public ReadOnlyDoubleProperty progressProperty() {
            return fraction.getReadOnlyProperty();
        }

        /** True while a cancel can still reach the work: it takes one and has not been asked yet. */
        public boolean isCancellable() {
            return cancel != null && !cancelRequested;
        }

        /** Asks this work, and only this work, to stop; it ends at its next safe point. */
        public void cancel() {
            if (isCancellable()) {
                cancelRequested = true;
                cancel.run();
                if (current() == this) {
                    cancellable.set(false);
                }
            }
        }

        /** Applies a progress report; a null message keeps the previous one. */
        public void update(ProgressUpdate update) {
            fraction.set(update.fraction());
            if (update.message() != null) {
                message.set(update.message());
            }
            if (current() == this) {
                progress.set(fraction.get());
                StatusModel.this.message.set(message.get());
            }
        }

        public void end() {
            ended(this);
        }
    }
}
