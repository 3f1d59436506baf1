package com.ssprviewer.store.api;

import com.ssprviewer.model.ModifiedProperty;
import com.ssprviewer.model.Status;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

/**
 * One change of the password reset policy: a stored {@code Self-service password reset policy changes} event with
 * every property it modified, on whichever targets the record names them. Absent texts are null.
 *
 * @param id          the event's id ({@link com.ssprviewer.store.Store#event(long)} gives the whole record)
 * @param initiatedBy who made the change
 * @param changes     the modified properties, in the record's order; empty when the record names none
 */
public record PolicyChange(long id, Instant time, String initiatedBy, Status status, String reason,
                           List<ModifiedProperty> changes) {

    public PolicyChange {
        changes = List.copyOf(changes);
    }

    /** Every change as "name: old -> new", separated by "; ". */
    public String changesText() {
        return changes.stream().map(ModifiedProperty::change).collect(Collectors.joining("; "));
    }
}
