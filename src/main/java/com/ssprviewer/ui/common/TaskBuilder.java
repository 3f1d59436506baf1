package com.ssprviewer.ui.common;

import com.ssprviewer.work.Progress;
import java.lang.System.Logger.Level;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.application.Platform;

/**
 * Describes one background task before it runs; see {@link Tasks}. Each callback is optional and runs on the FX
 * thread in this order: the status activity ends, then exactly one of success, error or cancelled, then finally.
 */
public final class TaskBuilder<T> {
    private static final System.Logger LOG = System.getLogger(TaskBuilder.class.getName());

    private final ProgressCallable<T> work;
    private Consumer<? super T> onSuccess = value -> { };
    private Consumer<Throwable> onError;
    private Runnable onCancelled = () -> { };
    private Runnable andFinally = () -> { };
    private Consumer<ProgressUpdate> onProgress = update -> { };
    private StatusModel status;
    private String statusMessage;
    private Executor callbacks;

    TaskBuilder(ProgressCallable<T> work) {
        this.work = Objects.requireNonNull(work);
    }

    public TaskBuilder<T> onSuccess(Consumer<? super T> callback) {
        this.onSuccess = Objects.requireNonNull(callback);
        return this;
    }

    /** Without an error callback a failure is logged and its message shown in the status bar, if one is attached. */
    public TaskBuilder<T> onError(Consumer<Throwable> callback) {
        this.onError = Objects.requireNonNull(callback);
        return this;
    }

    /** Runs when the callable stopped because of a cancel (it threw {@link CancellationException}). */
    public TaskBuilder<T> onCancelled(Runnable callback) {
        this.onCancelled = Objects.requireNonNull(callback);
        return this;
    }

    public TaskBuilder<T> andFinally(Runnable callback) {
        this.andFinally = Objects.requireNonNull(callback);
        return this;
    }

    /** Receives progress reports, coalesced so a fast loop cannot flood the FX thread. */
    public TaskBuilder<T> onProgress(Consumer<ProgressUpdate> callback) {
        this.onProgress = Objects.requireNonNull(callback);
        return this;
    }

    /** Shows the task in the status bar (message, progress, Cancel) while it runs. Call runOnce on the FX thread. */
    public TaskBuilder<T> showingIn(StatusModel statusModel, String message) {
        this.status = Objects.requireNonNull(statusModel);
        this.statusMessage = message;
        return this;
    }

    /** Overrides where callbacks run; by default the FX thread, or inline for {@link SameThreadExecutor}. */
    public TaskBuilder<T> callbacksOn(Executor executor) {
        this.callbacks = Objects.requireNonNull(executor);
        return this;
    }

    /** Starts the task on {@code worker} and returns its handle. */
    public RunningTask runOnce(Executor worker) {
        Executor fx = callbacks != null ? callbacks
                : worker instanceof SameThreadExecutor ? worker : Platform::runLater;
        RunningTask handle = new RunningTask();
        StatusModel.Activity activity = status == null ? null : status.begin(statusMessage, handle::cancel);
        Consumer<ProgressUpdate> progress = activity == null ? onProgress : onProgress.andThen(activity::update);
        CoalescingReporter reporter = new CoalescingReporter(handle, fx, progress);
        worker.execute(() -> fx.execute(outcome(handle, activity, reporter)));
        return handle;
    }

    private Runnable outcome(RunningTask handle, StatusModel.Activity activity, Progress reporter) {
        try {
            T value = work.call(reporter);
            return finish(handle, activity, () -> onSuccess.accept(value));
        } catch (CancellationException e) {
            return finish(handle, activity, this::deliverCancelled);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return finish(handle, activity, this::deliverCancelled);
        } catch (Exception | LinkageError | AssertionError e) {
            return finish(handle, activity, () -> deliverError(e));
        }
    }

    private Runnable finish(RunningTask handle, StatusModel.Activity activity, Runnable delivery) {
        return () -> {
            try {
                if (activity != null) {
                    activity.end();
                }
                delivery.run();
            } finally {
                handle.markDone();
                andFinally.run();
            }
        };
    }

    private void deliverCancelled() {
        if (status != null) {
            status.showMessage(I18n.get("status.cancelled"));
        }
        onCancelled.run();
    }

    private void deliverError(Throwable error) {
        if (onError != null) {
            onError.accept(error);
            return;
        }
        LOG.log(Level.WARNING, "Background task failed", error);
        if (status != null) {
            status.showMessage(I18n.format("status.failed", String.valueOf(error.getMessage())));
        }
    }
}
