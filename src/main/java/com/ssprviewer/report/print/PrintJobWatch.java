package com.ssprviewer.report.print;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.print.event.PrintJobEvent;
import javax.print.event.PrintJobListener;

/**
 * Follows one print job through the events the print system reports. Print systems differ in how much they say
 * (CUPS through Java reports the hand-over, rarely the paper), so waiting always has a time limit and "delivered"
 * is a normal, final answer.
 */
public final class PrintJobWatch implements PrintJobListener {

    /** How a job ended, as far as the print system told. */
    public enum JobOutcome {
        /** The printer reported the job complete. */
        COMPLETED,
        /** The job was handed over and the print system will report nothing more. */
        DELIVERED,
        /** The print system reported the job failed. */
        FAILED,
        /** The job was canceled. */
        CANCELED,
        /** No final event arrived within the time allowed. */
        TIMED_OUT
    }

    private final CompletableFuture<JobOutcome> outcome = new CompletableFuture<>();
    private final List<String> events = new ArrayList<>();

    /**
     * Waits at most {@code timeout} for the job's final event; call it from a background task.
     *
     * @return the outcome, or {@link JobOutcome#TIMED_OUT}
     */
    public JobOutcome awaitCompletion(Duration timeout) throws InterruptedException {
        try {
            return outcome.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            return JobOutcome.TIMED_OUT;
        } catch (ExecutionException e) {
            return JobOutcome.FAILED;
        }
    }

    /** The events seen so far, by name, e.g. {@code [DATA_TRANSFER_COMPLETE, NO_MORE_EVENTS]}. */
    public synchronized List<String> events() {
        return List.copyOf(events);
    }

    @Override
    public void printDataTransferCompleted(PrintJobEvent pje) {
        record("DATA_TRANSFER_COMPLETE");
    }

    @Override
    public void printJobCompleted(PrintJobEvent pje) {
        record("JOB_COMPLETE");
        outcome.complete(JobOutcome.COMPLETED);
    }

    @Override
    public void printJobFailed(PrintJobEvent pje) {
        record("JOB_FAILED");
        outcome.complete(JobOutcome.FAILED);
    }

    @Override
    public void printJobCanceled(PrintJobEvent pje) {
        record("JOB_CANCELED");
        outcome.complete(JobOutcome.CANCELED);
    }

    @Override
    public void printJobNoMoreEvents(PrintJobEvent pje) {
        record("NO_MORE_EVENTS");
        outcome.complete(JobOutcome.DELIVERED);
    }

    @Override
    public void printJobRequiresAttention(PrintJobEvent pje) {
        record("REQUIRES_ATTENTION");
    }

    private synchronized void record(String event) {
        events.add(event);
    }
}
