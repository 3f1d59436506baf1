package com.ssprviewer.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ssprviewer.ui.shell.BladeLayout.Slot;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Open blades always fit the window: none is clipped, the list stays beside its details as long as it can. */
class BladeLayoutTest {

    private static double total(List<Slot> slots) {
        return slots.stream().mapToDouble(Slot::width).sum();
    }

    @Test
    void bladesThatFitKeepTheirWidthsAndTheNewestTakesTheRest() {
        List<Slot> slots = BladeLayout.arrange(List.of(600.0, 400.0), List.of(400.0, 300.0), 1300);
        assertEquals(List.of(new Slot(600, false), new Slot(700, false)), slots);
    }

    @Test
    void aSingleBladeWiderThanTheWindowIsGivenTheWindowNotClipped() {
        List<Slot> slots = BladeLayout.arrange(List.of(940.0), List.of(420.0), 754);
        assertEquals(List.of(new Slot(754, false)), slots);
    }

    @Test
    void theOldestBladesCollapseToStripsBeforeTheListAndItsDetailsShrink() {
        List<Slot> slots = BladeLayout.arrange(List.of(940.0, 900.0, 600.0, 500.0),
                List.of(420.0, 420.0, 420.0, 400.0), 1330);
        assertTrue(slots.get(0).collapsed());
        assertTrue(slots.get(1).collapsed());
        assertEquals(new Slot(600, false), slots.get(2));
        assertEquals(1330 - 2 * BladeLayout.STRIP - 600, slots.get(3).width(), 1e-9);
        assertEquals(1330, total(slots), 1e-9);
    }

    @Test
    void aListAndItsDetailsShareTheWidthDownToTheirMinimums() {
        List<Slot> slots = BladeLayout.arrange(List.of(900.0, 600.0), List.of(500.0, 400.0), 1000);
        assertFalse(slots.get(0).collapsed());
        assertFalse(slots.get(1).collapsed());
        assertEquals(1000, total(slots), 1e-9);
        assertTrue(slots.get(0).width() >= 500 && slots.get(1).width() >= 400, slots.toString());
        assertEquals(900 - 500 * 400.0 / 600, slots.get(0).width(), 1e-9);
    }

    @Test
    void whenEvenTheMinimumsDoNotFitOnlyTheNewestStaysOpen() {
        List<Slot> slots = BladeLayout.arrange(List.of(900.0, 600.0), List.of(500.0, 400.0), 754);
        assertEquals(List.of(new Slot(BladeLayout.STRIP, true), new Slot(754 - BladeLayout.STRIP, false)), slots);
    }

    @Test
    void everyArrangementFillsTheWindowExactly() {
        for (double available : new double[] {600, 754, 1000, 1330, 2000}) {
            for (int n = 1; n <= 5; n++) {
                List<Double> preferred = Collections.nCopies(n, 640.0);
                List<Double> minimum = Collections.nCopies(n, 420.0);
                assertEquals(available, total(BladeLayout.arrange(preferred, minimum, available)), 1e-9,
                        n + " blades in " + available);
            }
        }
    }
}
