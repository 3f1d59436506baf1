package com.ssprviewer.store.api;

import com.ssprviewer.model.UserRegistration;
import java.time.LocalDate;
import java.util.Map;

/**
 * One snapshot as numbers: each person's state, and each state once. Counting a snapshot needs no names, so it is
 * read without them; the few people a list names are looked up afterwards.
 *
 * @param day     the snapshot's day
 * @param persons each person of the snapshot with the id of their state
 * @param states  each state by its id, as a registration without names
 */
public record SnapshotCensus(LocalDate day, Map<Integer, Integer> persons, Map<Integer, UserRegistration> states) {

    /** The state of a person of the snapshot. */
    public UserRegistration stateOf(int person) {
        return states.get(persons.get(person));
    }
}
