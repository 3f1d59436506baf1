package com.ssprviewer.ui.lists;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.ssprviewer.ui.lists.ColumnShare.Want;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How a narrow blade's width is shared: natural widths where they fit, yielding columns first, the widest first. */
class ColumnShareTest {

    @Test
    void columnsThatFitKeepTheirNaturalWidths() {
        List<Want> wants = List.of(new Want(150, 60, ColumnRank.KEY), new Want(200, 60, ColumnRank.NORMAL));
        assertArrayEquals(new double[] {150, 200}, ColumnShare.widths(wants, 500));
    }

    @Test
    void yieldingColumnsGiveWayBeforeOrdinaryAndKeyOnes() {
        List<Want> wants = List.of(new Want(150, 60, ColumnRank.KEY), new Want(200, 60, ColumnRank.NORMAL),
                new Want(200, 60, ColumnRank.YIELDING));
        assertArrayEquals(new double[] {150, 200, 100}, ColumnShare.widths(wants, 450));
    }

    @Test
    void withinARankTheWidestGiveWayFirstAndNarrowOnesStayWhole() {
        List<Want> wants = List.of(new Want(80, 50, ColumnRank.NORMAL), new Want(300, 50, ColumnRank.NORMAL),
                new Want(200, 50, ColumnRank.NORMAL));
        double[] widths = ColumnShare.widths(wants, 400);
        assertEquals(80, widths[0]);
        assertEquals(160, widths[1], 1);
        assertEquals(160, widths[2], 1);
        assertEquals(400, widths[0] + widths[1] + widths[2]);
    }

    @Test
    void keyColumnsGiveWayOnlyWhenEveryOtherColumnIsAtItsMinimum() {
        List<Want> wants = List.of(new Want(200, 60, ColumnRank.KEY), new Want(200, 60, ColumnRank.NORMAL),
                new Want(200, 60, ColumnRank.YIELDING));
        assertArrayEquals(new double[] {180, 60, 60}, ColumnShare.widths(wants, 300));
    }

    @Test
    void columnsOverflowOnlyWhenEvenTheirMinimumsDoNotFit() {
        List<Want> wants = List.of(new Want(200, 100, ColumnRank.KEY), new Want(200, 100, ColumnRank.YIELDING));
        assertArrayEquals(new double[] {100, 100}, ColumnShare.widths(wants, 150));
    }
}
