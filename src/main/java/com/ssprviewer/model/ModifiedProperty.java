package com.ssprviewer.model;

/** A property an audit event changed: its name and the old and new values as exported (often JSON text). */
public record ModifiedProperty(String name, String oldValue, String newValue) {

    /** The old value as a person reads it: a JSON string without its quotes, a JSON list as "a, b". */
    public String oldText() {
        return ReadableValue.of(oldValue);
    }

    /** The new value as a person reads it (see {@link #oldText()}). */
    public String newText() {
        return ReadableValue.of(newValue);
    }

    /** "name: old -> new", the change in one line as lists, reports and the command line show it. */
    public String change() {
        return (name == null ? "" : name) + ": " + oldText() + " -> " + newText();
    }
}
