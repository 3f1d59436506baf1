package com.ssprviewer.cli;

import com.ssprviewer.store.api.Removal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A removal's counts in words, for {@code retention} and {@code forget}. */
final class RemovalText {

    private RemovalText() {
    }

    static String counts(Removal r) {
        List<String> parts = new ArrayList<>();
        parts.add(n(r.events()) + " events (" + n(r.policyChanges()) + " policy changes)");
        parts.add(n(r.attempts()) + " attempts");
        parts.add(n(r.registrations()) + " registrations");
        parts.add(n(r.roles()) + " role rows");
        parts.add(n(r.snapshots()) + " snapshots");
        parts.add(n(r.snapshotRows()) + " snapshot rows");
        parts.add(n(r.people()) + " people");
        if (r.notes() > 0) {
            parts.add(n(r.notes()) + " import log lines");
        }
        return String.join(", ", parts);
    }

    static String n(long value) {
        return String.format(Locale.ROOT, "%,d", value);
    }
}
