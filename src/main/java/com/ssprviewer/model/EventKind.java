package com.ssprviewer.model;

/** Where an event came from: a modern audit record, or a row of one of the two classic reports. */
public enum EventKind {
    AUDIT,
    CLASSIC_RESET,
    CLASSIC_REGISTRATION
}
