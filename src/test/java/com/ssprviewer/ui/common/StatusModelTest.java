package com.ssprviewer.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class StatusModelTest {
    private final StatusModel status = new StatusModel();

    @Test
    void anIdleStatusBarIsNotBusyAndCannotCancel() {
        assertFalse(status.isBusy());
        assertFalse(status.cancellableProperty().get());
        assertEquals("", status.getMessage());
    }

    @Test
    void cancelReachesTheRunningWorkOnce() {
        AtomicInteger cancels = new AtomicInteger();
        status.begin("Importing", cancels::incrementAndGet);
        assertTrue(status.cancellableProperty().get());

        status.cancel();
        status.cancel();

        assertEquals(1, cancels.get());
        assertFalse(status.cancellableProperty().get());
    }

    @Test
    void workThatCannotBeCancelledDisablesCancel() {
        status.begin("Counting", null);

        assertTrue(status.isBusy());
        assertFalse(status.cancellableProperty().get());
    }

    @Test
    void theNewestWorkIsShownAndTheOlderReturnsWhenItEnds() {
        StatusModel.Activity older = status.begin("Loading list", null);
        older.update(new ProgressUpdate(0.5, null));
        StatusModel.Activity newer = status.begin("Importing", () -> { });
        assertEquals("Importing", status.getMessage());
        assertEquals(-1, status.getProgress());

        newer.end();

        assertEquals("Loading list", status.getMessage());
        assertEquals(0.5, status.getProgress());
        assertFalse(status.cancellableProperty().get());
        older.end();
        assertFalse(status.isBusy());
    }

    @Test
    void reportsOfHiddenWorkDoNotOverwriteTheShownWork() {
        StatusModel.Activity older = status.begin("Loading list", null);
        status.begin("Importing", null);

        older.update(new ProgressUpdate(0.9, "Loaded 900 rows"));

        assertEquals("Importing", status.getMessage());
        assertEquals(-1, status.getProgress());
    }

    @Test
    void aMessageShownAfterWorkEndsStays() {
        StatusModel.Activity work = status.begin("Importing", null);
        work.end();
        status.showMessage("Imported 3 files.");

        assertEquals("Imported 3 files.", status.getMessage());
    }

    @Test
    void unknownAmountsOfWorkAreIndeterminate() {
        assertEquals(-1, ProgressUpdate.fraction(5, 0));
        assertEquals(0.5, ProgressUpdate.fraction(5, 10));
        assertEquals(1.0, ProgressUpdate.fraction(15, 10));
    }
}
