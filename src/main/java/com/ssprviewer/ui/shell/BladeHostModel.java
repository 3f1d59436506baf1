package com.ssprviewer.ui.shell;

import com.ssprviewer.ui.common.Blade;
import com.ssprviewer.ui.common.BladeNavigator;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The open blades, left to right, as plain state: opening from blade N first closes everything right of N, and a
 * closed blade takes every blade right of it along (each gets {@link Blade#onClose()}, newest first).
 */
public final class BladeHostModel implements BladeNavigator {
    private final ObservableList<Blade> blades = FXCollections.observableArrayList();
    private final ObservableList<Blade> view = FXCollections.unmodifiableObservableList(blades);

    /** The open blades, root first; read only (change them through this model). */
    public ObservableList<Blade> blades() {
        return view;
    }

    /** Closes every blade and opens {@code root} alone, as the left navigation does. */
    public void openRoot(Blade root) {
        Objects.requireNonNull(root);
        closeFrom(0);
        blades.add(root);
    }

    @Override
    public void open(Blade from, Blade child) {
        Objects.requireNonNull(child);
        int index = indexOf(from);
        if (index < 0 || indexOf(child) >= 0) {
            return;
        }
        closeFrom(index + 1);
        blades.add(child);
    }

    @Override
    public void close(Blade blade) {
        int index = indexOf(blade);
        if (index >= 0) {
            closeFrom(index);
        }
    }

    /** Keeps blades 0..index open and closes the rest, as a breadcrumb click does. */
    public void closeRightOf(int index) {
        if (index >= 0 && index < blades.size()) {
            closeFrom(index + 1);
        }
    }

    /**
     * Closes the newest blade if it has a parent (Ctrl+W, Esc); the root blade stays, so a stray key press never
     * empties the window. Returns whether a blade closed.
     */
    public boolean closeLast() {
        if (blades.size() < 2) {
            return false;
        }
        closeFrom(blades.size() - 1);
        return true;
    }

    public Optional<Blade> last() {
        return blades.isEmpty() ? Optional.empty() : Optional.of(blades.get(blades.size() - 1));
    }

    public int size() {
        return blades.size();
    }

    /** Position of {@code blade} by identity, or -1 when it is not open. */
    public int indexOf(Blade blade) {
        for (int i = 0; i < blades.size(); i++) {
            if (blades.get(i) == blade) {
                return i;
            }
        }
        return -1;
    }

    private void closeFrom(int index) {
        if (index >= blades.size()) {
            return;
        }
        List<Blade> closing = new ArrayList<>(blades.subList(index, blades.size()));
        blades.remove(index, blades.size());
        for (int i = closing.size() - 1; i >= 0; i--) {
            closing.get(i).onClose();
        }
    }
}
