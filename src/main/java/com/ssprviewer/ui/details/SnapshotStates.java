package com.ssprviewer.ui.details;

import com.ssprviewer.model.UserRegistration;
import com.ssprviewer.store.api.SnapshotState;
import com.ssprviewer.ui.common.I18n;
import com.ssprviewer.ui.common.ValueNames;
import java.util.List;
import java.util.Optional;
import javafx.scene.Node;

/**
 * A user's registration state in each registration snapshot, one line per snapshot day: SSPR registered, enabled
 * and capable, and the methods registered. Absent when no snapshot lists the user.
 */
final class SnapshotStates {

    private SnapshotStates() {
    }

    static Optional<Node> section(List<SnapshotState> states) {
        if (states.isEmpty()) {
            return Optional.empty();
        }
        FieldGrid grid = new FieldGrid("details-snapshots", "details.section.snapshots");
        for (SnapshotState s : states) {
            grid.add(s.day().toString(), s.day().toString(), line(s.registration()));
        }
        return Optional.of(grid.view());
    }

    static String line(UserRegistration u) {
        String methods = !u.methodsKnown() ? I18n.get("details.snapshot.methodsUnknown")
                : u.methodsRegistered().isEmpty() ? I18n.get("details.snapshot.noMethods")
                : ValueNames.registeredMethods(u.methodsRegistered());
        return I18n.format("details.snapshot.state", yes(u.ssprRegistered()), yes(u.ssprEnabled()),
                yes(u.ssprCapable()), methods);
    }

    private static String yes(boolean value) {
        return I18n.get(value ? "details.snapshot.yes" : "details.snapshot.no");
    }
}
