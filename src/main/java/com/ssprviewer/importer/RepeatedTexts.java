package com.ssprviewer.importer;

/**
 * One instance of each recently read text, for one file. An export repeats a few hundred texts (services, activities,
 * reasons, tenants, agents, a user's names) in every record, and a parser makes a new string for each; equal texts
 * that are one instance hash once and compare by identity in every later step (the store's dictionary, its value
 * counts, the flow memory, H2's value cache). A direct-mapped table: a new text takes its slot, so a unique text costs
 * one probe. It may forget a text, so it only saves work; the store's {@code SharedTexts}, which must hold every
 * repeat as one instance to bound the flow memory, still keeps its own exact table.
 */
final class RepeatedTexts {

    private static final int SLOTS = 1 << 13;

    private final String[] slots = new String[SLOTS];

    /** The earlier instance of an equal text when the table holds one, else the text itself; null stays null. */
    String of(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        int slot = text.hashCode() & (SLOTS - 1);
        String known = slots[slot];
        if (text.equals(known)) {
            return known;
        }
        slots[slot] = text;
        return text;
    }
}
