package com.ssprviewer.model;

/** One additional detail of an audit event ({@code additionalDetails[].key/value}). */
public record KeyValue(String key, String value) {
}
