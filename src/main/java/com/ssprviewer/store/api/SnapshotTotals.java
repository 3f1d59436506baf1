package com.ssprviewer.store.api;

import java.time.LocalDate;

/**
 * The counts of one registration snapshot, written when it was imported: every user, and of the members how many
 * are SSPR registered, enabled and capable, MFA registered and capable, and passwordless capable.
 *
 * @param day the snapshot's UTC day
 */
public record SnapshotTotals(LocalDate day, int users, int members, int guests, int ssprRegistered,
                             int ssprEnabled, int ssprCapable, int mfaRegistered, int mfaCapable,
                             int passwordlessCapable) {
}
