package com.ssprviewer.ui.common;

import com.ssprviewer.work.Progress;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * Passes progress from a worker to the FX thread, keeping at most one hand-over queued: a loop that reports a
 * million times costs the FX thread a handful of updates, always showing the newest.
 */
final class CoalescingReporter implements Progress {
    private final RunningTask handle;
    private final Executor fx;
    private final Consumer<ProgressUpdate> sink;
    private final AtomicReference<ProgressUpdate> latest = new AtomicReference<>(new ProgressUpdate(-1, null));
    private final AtomicBoolean queued = new AtomicBoolean();

    CoalescingReporter(RunningTask handle, Executor fx, Consumer<ProgressUpdate> sink) {
        this.handle = handle;
        this.fx = fx;
        this.sink = sink;
    }

    @Override
    public void progress(long done, long total) {
        double fraction = ProgressUpdate.fraction(done, total);
        publish(latest.updateAndGet(old -> new ProgressUpdate(fraction, old.message())));
    }

    @Override
    public void message(String text) {
        publish(latest.updateAndGet(old -> new ProgressUpdate(old.fraction(), text)));
    }

    @Override
    public boolean cancelled() {
        return handle.isCancelled();
    }

    private void publish(ProgressUpdate ignored) {
        if (queued.compareAndSet(false, true)) {
            fx.execute(() -> {
                queued.set(false);
                sink.accept(latest.get());
            });
        }
    }
}
