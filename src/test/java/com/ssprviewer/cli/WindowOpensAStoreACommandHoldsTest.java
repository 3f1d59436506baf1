package com.ssprviewer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ssprviewer.handoff.StoreWait;
import com.ssprviewer.store.Store;
import com.ssprviewer.store.api.StoreException;
import com.ssprviewer.store.api.StoreProblem;
import com.ssprviewer.work.Progress;
import com.ssprviewer.work.Threads;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The window opens its store through {@link StoreWait}: a store a command holds is waited for (the window says so
 * once) and opened when the command is done; a store another window holds is not waited for.
 */
class WindowOpensAStoreACommandHoldsTest {

    @TempDir
    Path dir;

    @Test
    void aStoreACommandHoldsOpensOnceTheCommandIsDoneAfterSayingItWaits() throws Exception {
        Path store = dir.resolve("store");
        assertEquals(0, CliRun.of("import", "--db", store.toString(),
                Samples.copy(dir, "audit-logs-download.csv").toString()).exitCode());
        Process holder = hold("command", store);
        try {
            AtomicInteger said = new AtomicInteger();
            CountDownLatch waiting = new CountDownLatch(1);
            Threads.daemon("let-go", () -> {
                try {
                    waiting.await();
                    holder.getOutputStream().close();
                } catch (Exception e) {
                    holder.destroy();
                }
            });
            try (Store opened = StoreWait.openWhenFree(store, Duration.ofSeconds(60), Progress.NONE, () -> {
                said.incrementAndGet();
                waiting.countDown();
            })) {
                assertEquals(1, said.get(), "the wait is said once");
                assertTrue(opened.imports().size() == 1);
            }
        } finally {
            holder.destroyForcibly();
            holder.waitFor();
        }
    }

    @Test
    void aStoreAnotherWindowHoldsIsNotWaitedFor() throws Exception {
        Path store = dir.resolve("store");
        assertEquals(0, CliRun.of("import", "--db", store.toString(),
                Samples.copy(dir, "audit-logs-download.csv").toString()).exitCode());
        Process holder = hold("window", store);
        try {
            long start = System.nanoTime();
            StoreException e = assertThrows(StoreException.class, () -> StoreWait.openWhenFree(store,
                    Duration.ofSeconds(60), Progress.NONE, () -> { }));
            assertEquals(StoreProblem.BUSY, e.problem());
            assertTrue(System.nanoTime() - start < Duration.ofSeconds(10).toNanos());
        } finally {
            holder.destroyForcibly();
            holder.waitFor();
        }
    }

    private static Process hold(String as, Path store) throws Exception {
        Process holder = CliProcess.java(List.of(), "com.ssprviewer.handoff.StandIn", as, store.toString());
        BufferedReader out = new BufferedReader(new InputStreamReader(holder.getInputStream(),
                StandardCharsets.UTF_8));
        assertEquals("holding", out.readLine());
        return holder;
    }
}
