package com.ssprviewer.importer;

import com.ssprviewer.work.Threads;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * Parses a file on a thread of its own, a batch of rows ahead of the store that writes them: parsing is a fair share
 * of an import's work, and a second core has room for it beside H2's page writer. Rows, the end and a failure
 * arrive in file order, so the reader behaves exactly like the one it wraps; memory is bounded by a few batches.
 */
final class ReadAhead implements ExportReader {

    static final int BATCH = 512;
    private static final int BATCHES_AHEAD = 8;

    /** A slice of rows, with how far into the file the slice ends, or the failure that ended the file. */
    private record Batch(List<ParsedRow> rows, long bytesRead, boolean last, IOException failure,
                         RuntimeException error) {
    }

    private final ExportReader source;
    private final BlockingQueue<Batch> queue = new ArrayBlockingQueue<>(BATCHES_AHEAD);
    private final Thread thread;
    private Batch current = new Batch(List.of(), 0, false, null, null);
    private int next;
    private boolean ended;

    ReadAhead(ExportReader source) {
        this.source = source;
        this.thread = Threads.daemon("sspr-read-ahead", this::produce);
    }

    @Override
    public ExportFormat format() {
        return source.format();
    }

    @Override
    public ParsedRow next() throws IOException {
        while (next >= current.rows().size()) {
            if (ended) {
                return null;
            }
            try {
                current = queue.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("reading was interrupted");
            }
            next = 0;
            if (current.failure() != null) {
                ended = true;
                throw current.failure();
            }
            if (current.error() != null) {
                ended = true;
                throw current.error();
            }
            ended = current.last();
        }
        return current.rows().get(next++);
    }

    @Override
    public long bytesRead() {
        return current.bytesRead();
    }

    @Override
    public void close() throws IOException {
        thread.interrupt();
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        source.close();
    }

    private void produce() {
        List<ParsedRow> rows = new ArrayList<>(BATCH);
        try {
            while (!Thread.currentThread().isInterrupted()) {
                ParsedRow row = null;
                while (rows.size() < BATCH && (row = source.next()) != null) {
                    rows.add(row);
                }
                queue.put(new Batch(rows, source.bytesRead(), row == null, null, null));
                if (row == null) {
                    return;
                }
                rows = new ArrayList<>(BATCH);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            offer(rows, new Batch(List.of(), source.bytesRead(), true, e, null));
        } catch (RuntimeException e) {
            offer(rows, new Batch(List.of(), source.bytesRead(), true, null, e));
        } catch (Error e) {
            offer(rows, new Batch(List.of(), source.bytesRead(), true, null,
                    new IllegalStateException("the file could not be read: " + e, e)));
        }
    }

    /** Hands on the rows read before a failure, then the failure. */
    private void offer(List<ParsedRow> before, Batch failure) {
        if (!before.isEmpty()) {
            offer(new Batch(before, failure.bytesRead(), false, null, null));
        }
        offer(failure);
    }

    private void offer(Batch b) {
        try {
            queue.put(b);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
