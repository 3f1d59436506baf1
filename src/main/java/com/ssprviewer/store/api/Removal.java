package com.ssprviewer.store.api;

import java.time.LocalDate;

/**
 * What a removal takes (or, shown before it runs, would take) from the store, by kind: the rows of the data older
 * than a retention cut-off, or every row about one person. Counts only: what the rows said is never kept.
 *
 * @param events        audit events (policy changes included)
 * @param policyChanges of the events, those that are changes of the password reset policy
 * @param attempts      password reset attempts
 * @param registrations registrations from the audit exports
 * @param roles         role history rows
 * @param snapshots     whole registration snapshots (retention only)
 * @param snapshotRows  people's rows in registration snapshots
 * @param people        people no snapshot lists any more
 * @param notes         lines of the import log (rejected rows, warnings) that named the person
 * @param cutOff        the day before which data goes (retention), or null (forgetting a person)
 */
public record Removal(long events, long policyChanges, long attempts, long registrations, long roles,
                      long snapshots, long snapshotRows, long people, long notes, LocalDate cutOff) {

    /** Every row removed, of every kind. */
    public long rows() {
        return events + attempts + registrations + roles + snapshotRows + people + notes;
    }

    public boolean isEmpty() {
        return rows() == 0 && snapshots == 0;
    }
}
