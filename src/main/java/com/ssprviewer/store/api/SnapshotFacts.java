package com.ssprviewer.store.api;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

/**
 * What coverage shows of one snapshot beyond its counts, as kept when the snapshot was imported: members per method
 * and the members of each {@link SnapshotList}.
 *
 * @param methods members per registered method (Graph's names), most first, then by name; members whose methods are
 *                unknown are left out
 * @param lists   the user principal names of each list, in alphabetical order; every list is present
 */
public record SnapshotFacts(LocalDate day, Map<String, Long> methods, Map<SnapshotList, List<String>> lists) {

    public SnapshotFacts {
        Map<SnapshotList, List<String>> all = new EnumMap<>(SnapshotList.class);
        for (SnapshotList list : EnumSet.allOf(SnapshotList.class)) {
            all.put(list, List.copyOf(lists.getOrDefault(list, List.of())));
        }
        lists = all;
    }

    /** The user principal names of a list, in alphabetical order. */
    public List<String> list(SnapshotList list) {
        return lists.get(list);
    }
}
