package com.ssprviewer.store.api;

import com.ssprviewer.model.UserRegistration;
import java.time.LocalDate;

/**
 * One user's registration state in one snapshot.
 *
 * @param day          the snapshot's UTC day
 * @param registration the state, with the person's names as the newest snapshot that lists them gives them
 */
public record SnapshotState(LocalDate day, UserRegistration registration) {
}
