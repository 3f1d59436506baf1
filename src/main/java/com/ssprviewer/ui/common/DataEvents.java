package com.ssprviewer.ui.common;

import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;

/**
 * Tells open blades that what the store holds changed: an import committed rows, or the window switched to another
 * store. The window owns one instance and hands it to the blades it builds; a list blade observes
 * {@link #dataVersion()} (e.g. {@code events.dataVersion().subscribe(this::reload)}, dropping the subscription in
 * {@code onClose}) and queries the store again. The version only grows and changes on the FX thread.
 */
public final class DataEvents {
    private final ReadOnlyLongWrapper version = new ReadOnlyLongWrapper(this, "dataVersion", 0);

    /** Increments once per change; its value means nothing beyond "different from before". */
    public ReadOnlyLongProperty dataVersion() {
        return version.getReadOnlyProperty();
    }

    /** Announces a change to every observer. Call on the FX thread, after the store committed it. */
    public void dataChanged() {
        version.set(version.get() + 1);
    }
}
