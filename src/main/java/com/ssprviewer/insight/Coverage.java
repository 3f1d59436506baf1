package com.ssprviewer.insight;

import com.ssprviewer.store.api.SnapshotTotals;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Registration coverage on one snapshot day: who is registered, enabled and capable. Counts and lists are of
 * members (guests are counted apart); lists are user principal names in alphabetical order.
 *
 * @param methods              members per registered method (Graph's names), most first; members whose methods
 *                             are unknown are left out
 * @param enabledNotRegistered members enabled for SSPR but not registered for it
 * @param adminsNotCapable     administrators (members) who could not reset their own password
 * @param methodsUnknown       members whose export did not say which methods they registered
 * @param changes              against the snapshot before this one
 * @param trend                every snapshot up to this one, oldest first
 */
public record Coverage(LocalDate snapshot, int members, int guests, int ssprRegistered, int ssprEnabled,
                       int ssprCapable, int mfaRegistered, int mfaCapable, int passwordlessCapable,
                       Map<String, Long> methods, List<String> enabledNotRegistered, List<String> adminsNotCapable,
                       List<String> methodsUnknown, Changes changes, List<SnapshotTotals> trend) {

    /**
     * What changed among members since the previous snapshot; every list empty when there is none.
     *
     * @param previous         the previous snapshot's day; null when this is the first
     * @param newlyRegistered  SSPR registered now, not before (including new members who are)
     * @param lostRegistration SSPR registered before, listed now and not registered
     * @param newUsers         members listed now, not before
     * @param goneUsers        members listed before, not now
     */
    public record Changes(LocalDate previous, List<String> newlyRegistered, List<String> lostRegistration,
                          List<String> newUsers, List<String> goneUsers) {

        static final Changes NONE = new Changes(null, List.of(), List.of(), List.of(), List.of());
    }
}
