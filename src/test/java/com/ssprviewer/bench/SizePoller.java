package com.ssprviewer.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/** Watches a folder's total size every 50 ms and remembers the largest size seen. */
final class SizePoller implements AutoCloseable {

    private final Path dir;
    private final AtomicLong peak = new AtomicLong();
    private final Thread thread;
    private volatile boolean running = true;

    SizePoller(Path dir) {
        this.dir = dir;
        this.thread = new Thread(this::poll, "size-poller");
        thread.setDaemon(true);
        thread.start();
    }

    static long size(Path dir) {
        if (!Files.exists(dir)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(f -> {
                try {
                    return Files.size(f);
                } catch (IOException e) {
                    return 0;
                }
            }).sum();
        } catch (IOException | UncheckedIOException e) {
            return 0;
        }
    }

    private void poll() {
        while (running) {
            peak.accumulateAndGet(size(dir), Math::max);
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    long peak() {
        return Math.max(peak.get(), size(dir));
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        thread.join();
    }
}
