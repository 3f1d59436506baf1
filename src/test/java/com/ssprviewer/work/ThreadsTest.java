package com.ssprviewer.work;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

class ThreadsTest {

    @Test
    void aStartedThreadIsNamedAndDaemon() throws InterruptedException {
        Thread[] seen = new Thread[1];
        Thread thread = Threads.daemon("sspr-test-thread", () -> seen[0] = Thread.currentThread());
        thread.join(5_000);

        assertSame(thread, seen[0], "the work ran on the returned thread");
        assertEquals("sspr-test-thread", seen[0].getName());
        assertTrue(seen[0].isDaemon());
    }

    @Test
    void anExecutorRunsOnOneNamedDaemonThreadAtTheAskedPriority() throws Exception {
        ExecutorService executor = Threads.executor("sspr-test-upkeep", Thread.NORM_PRIORITY - 1);
        try {
            Thread first = executor.submit(Thread::currentThread).get(5, TimeUnit.SECONDS);
            Thread second = executor.submit(Thread::currentThread).get(5, TimeUnit.SECONDS);

            assertSame(first, second);
            assertEquals("sspr-test-upkeep", first.getName());
            assertTrue(first.isDaemon());
            assertEquals(Thread.NORM_PRIORITY - 1, first.getPriority());
        } finally {
            executor.shutdownNow();
        }
    }

    @Test
    void poolThreadsAreNumberedAfterTheirName() throws Exception {
        for (ExecutorService executor : List.of(Threads.pool("sspr-test-pool", 2),
                Threads.onDemand("sspr-test-pool"))) {
            try {
                Thread worker = executor.submit(Thread::currentThread).get(5, TimeUnit.SECONDS);

                assertEquals("sspr-test-pool-1", worker.getName());
                assertTrue(worker.isDaemon());
            } finally {
                executor.shutdownNow();
            }
        }
    }

    @Test
    void aFailureThatEscapesAThreadIsLoggedWithTheThreadsName() throws InterruptedException {
        Logger log = Logger.getLogger(Threads.class.getName());
        List<LogRecord> records = new CopyOnWriteArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                records.add(record);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        log.addHandler(capture);
        boolean parentHandlers = log.getUseParentHandlers();
        log.setUseParentHandlers(false);
        try {
            Threads.daemon("sspr-test-failing", () -> {
                throw new IllegalStateException("boom");
            }).join(5_000);
        } finally {
            log.removeHandler(capture);
            log.setUseParentHandlers(parentHandlers);
        }

        assertFalse(records.isEmpty(), "the failure was logged");
        assertTrue(records.get(0).getMessage().contains("sspr-test-failing"), records.get(0).getMessage());
        assertEquals("boom", records.get(0).getThrown().getMessage());
    }
}
