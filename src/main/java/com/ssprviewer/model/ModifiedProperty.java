package com.ssprviewer.model;

/** A property an audit event changed: its name and the old and new values as exported (often JSON text). */
public record ModifiedProperty(String name, String oldValue, String newValue) {
}
