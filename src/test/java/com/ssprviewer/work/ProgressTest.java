package com.ssprviewer.work;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.Test;

class ProgressTest {

    @Test
    void noneTakesEveryReportAndNeverCancels() {
        Progress.NONE.progress(3, 10);
        Progress.NONE.message("Importing");
        Progress.NONE.checkCancelled();

        assertFalse(Progress.NONE.cancelled());
    }

    @Test
    void aCancelledProgressStopsWorkAtItsNextCheck() {
        Progress cancelled = new Progress() {
            @Override
            public void progress(long done, long total) {
            }

            @Override
            public boolean cancelled() {
                return true;
            }
        };

        assertThrows(CancellationException.class, cancelled::checkCancelled);
    }
}
