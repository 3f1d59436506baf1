package com.ssprviewer.store.api;

import com.ssprviewer.model.AuditEvent;

/** A stored event in full, for the details blade, with the name of the file it was first imported from. */
public record StoredEvent(long id, AuditEvent event, String importFileName) {
}
