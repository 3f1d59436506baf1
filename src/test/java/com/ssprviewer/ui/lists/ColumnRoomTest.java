package com.ssprviewer.ui.lists;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.ssprviewer.ui.lists.ColumnRoom.Column;
import com.ssprviewer.ui.lists.ColumnShare.Want;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Which columns make room in a narrow blade: none while key columns fit whole and the others readable, else the
 * yielding ones, least important first and only as many as needed; never a column the user showed by hand.
 */
class ColumnRoomTest {
    private static Column key(double natural) {
        return new Column(new Want(natural, 40, ColumnRank.KEY), -1, false);
    }

    private static Column yielding(double natural, int order) {
        return new Column(new Want(natural, 40, ColumnRank.YIELDING), order, false);
    }

    @Test
    void nothingIsHiddenWhileKeyColumnsFitWholeAndTheOthersReadable() {
        List<Column> columns = List.of(key(200), yielding(200, 0), yielding(200, 1));
        // 200 whole, then 80 for each other column to read
        assertEquals(List.of(), ColumnRoom.hidden(columns, 360));
    }

    @Test
    void yieldingColumnsAreHiddenInTheirOrderAndOnlyAsManyAsNeeded() {
        List<Column> columns = List.of(key(200), yielding(200, 2), yielding(200, 0), yielding(200, 1));
        assertEquals(List.of(2), ColumnRoom.hidden(columns, 360));
        assertEquals(List.of(2, 3), ColumnRoom.hidden(columns, 300));
        assertEquals(List.of(2, 3, 1), ColumnRoom.hidden(columns, 250));
    }

    @Test
    void keyAndOrdinaryColumnsAreNeverHiddenEvenWhenTheyDoNotFit() {
        Column ordinary = new Column(new Want(300, 40, ColumnRank.NORMAL), -1, false);
        List<Column> columns = List.of(key(400), ordinary, yielding(100, 0));
        assertEquals(List.of(2), ColumnRoom.hidden(columns, 100));
    }

    @Test
    void aColumnTheUserShowedByHandIsNeverHiddenForRoom() {
        Column shown = new Column(new Want(200, 40, ColumnRank.YIELDING), 0, true);
        List<Column> columns = List.of(key(200), shown, yielding(200, 1));
        assertEquals(List.of(2), ColumnRoom.hidden(columns, 250));
    }

    @Test
    void aLongKeyValueIsCutAtTheKeyWidthRatherThanHidingTheOthers() {
        List<Column> columns = List.of(key(340), yielding(200, 0));
        assertEquals(List.of(), ColumnRoom.hidden(columns, ColumnRoom.KEY_READABLE + ColumnRoom.READABLE));
        assertEquals(List.of(1), ColumnRoom.hidden(columns, ColumnRoom.KEY_READABLE + ColumnRoom.READABLE - 1));
    }

    @Test
    void aNarrowColumnNeedsOnlyItsNaturalWidthToRead() {
        List<Column> columns = List.of(key(200), yielding(50, 0));
        assertEquals(List.of(), ColumnRoom.hidden(columns, 250));
        assertEquals(List.of(1), ColumnRoom.hidden(columns, 249));
    }
}
