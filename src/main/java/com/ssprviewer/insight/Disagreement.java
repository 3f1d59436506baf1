package com.ssprviewer.insight;

import com.ssprviewer.model.UserRegistration;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A user whose registration events and a registration snapshot contradict: they registered successfully, yet a
 * snapshot taken after that says they are not registered for SSPR.
 *
 * @param user        the user principal name, lower case, as the events name the user
 * @param eventTime   the successful registration the snapshot contradicts
 * @param snapshotDay the day of the contradicting snapshot
 * @param state       the user's state in that snapshot
 * @param nextSnapshot true when the snapshot is the first one after the event; false when it is a later one (the
 *                     registration held at first and was lost afterwards)
 */
public record Disagreement(String user, Instant eventTime, LocalDate snapshotDay, UserRegistration state,
                           boolean nextSnapshot) {
}
