package com.ssprviewer.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class TasksTest {
    private final List<String> calls = new ArrayList<>();

    @Test
    void aSuccessfulTaskDeliversItsValueThenRunsFinally() {
        Tasks.create(() -> 42)
                .onSuccess(value -> calls.add("success " + value))
                .onError(error -> calls.add("error"))
                .andFinally(() -> calls.add("finally"))
                .runOnce(Tasks.sameThread());

        assertEquals(List.of("success 42", "finally"), calls);
    }

    @Test
    void aFailingTaskDeliversItsErrorThenRunsFinally() {
        Tasks.<String>create(() -> {
            throw new IOException("disk gone");
        })
                .onSuccess(value -> calls.add("success"))
                .onError(error -> calls.add("error " + error.getMessage()))
                .andFinally(() -> calls.add("finally"))
                .runOnce(Tasks.sameThread());

        assertEquals(List.of("error disk gone", "finally"), calls);
    }

    @Test
    void aCancelledTaskCallsOnCancelledInsteadOfSuccessOrError() {
        RunningTask[] handle = new RunningTask[1];
        StatusModel status = new StatusModel();
        handle[0] = Tasks.createReporting(reporter -> {
            status.cancel();
            reporter.checkCancelled();
            return "finished anyway";
        })
                .showingIn(status, "Working")
                .onSuccess(value -> calls.add("success"))
                .onError(error -> calls.add("error"))
                .onCancelled(() -> calls.add("cancelled"))
                .andFinally(() -> calls.add("finally"))
                .runOnce(Tasks.sameThread());

        assertEquals(List.of("cancelled", "finally"), calls);
        assertTrue(handle[0].isCancelled());
        assertTrue(handle[0].isDone());
        assertEquals(I18n.get("status.cancelled"), status.getMessage());
        assertFalse(status.isBusy());
    }

    @Test
    void theStatusBarShowsTheTaskWhileItRunsAndGoesQuietAfter() {
        StatusModel status = new StatusModel();
        List<Object> seen = new ArrayList<>();
        Tasks.createReporting(reporter -> {
            seen.add(status.isBusy());
            seen.add(status.getMessage());
            reporter.progress(1, 4);
            seen.add(status.getProgress());
            reporter.message("Reading line 10");
            seen.add(status.getMessage());
            return null;
        }).showingIn(status, "Importing a.csv").runOnce(Tasks.sameThread());

        assertEquals(List.of(true, "Importing a.csv", 0.25, "Reading line 10"), seen);
        assertFalse(status.isBusy());
        assertEquals("", status.getMessage());
    }

    @Test
    void aFailureWithoutAnErrorCallbackIsShownAsOneSentence() {
        StatusModel status = new StatusModel();
        Tasks.create(() -> {
            throw new IllegalStateException("store is locked");
        }).showingIn(status, "Loading").runOnce(Tasks.sameThread());

        assertEquals(I18n.format("status.failed", "store is locked"), status.getMessage());
    }

    @Test
    void progressFromAFastLoopIsCoalescedToTheNewestReport() {
        List<Runnable> queued = new ArrayList<>();
        List<ProgressUpdate> delivered = new ArrayList<>();
        Tasks.createReporting(reporter -> {
            for (int i = 1; i <= 1000; i++) {
                reporter.progress(i, 1000);
            }
            return null;
        }).onProgress(delivered::add).callbacksOn(queued::add).runOnce(Tasks.sameThread());

        queued.forEach(Runnable::run);

        assertEquals(1, delivered.size());
        assertEquals(1.0, delivered.get(0).fraction());
        assertNull(delivered.get(0).message());
    }

    @Test
    void workRunsOnANamedDaemonThreadOfTheBackgroundExecutor() throws InterruptedException {
        AtomicReference<Thread> worker = new AtomicReference<>();
        CountDownLatch done = new CountDownLatch(1);
        try (BackgroundExecutor executor = BackgroundExecutor.create("test-worker", 1)) {
            Tasks.create(Thread::currentThread)
                    .onSuccess(worker::set)
                    .andFinally(done::countDown)
                    .callbacksOn(Runnable::run)
                    .runOnce(executor);
            assertTrue(done.await(5, TimeUnit.SECONDS));
        }
        assertEquals("test-worker-1", worker.get().getName());
        assertTrue(worker.get().isDaemon());
    }

    @Test
    void closingTheBackgroundExecutorInterruptsRunningWork() throws InterruptedException {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch cancelled = new CountDownLatch(1);
        BackgroundExecutor executor = BackgroundExecutor.create("closing", 1);
        Tasks.create(() -> {
            started.countDown();
            Thread.sleep(60_000);
            return null;
        }).onCancelled(cancelled::countDown).callbacksOn(Runnable::run).runOnce(executor);
        assertTrue(started.await(5, TimeUnit.SECONDS));

        executor.close();

        assertTrue(executor.isShutdown());
        assertTrue(cancelled.await(5, TimeUnit.SECONDS));
    }
}
