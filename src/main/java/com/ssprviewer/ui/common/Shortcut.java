package com.ssprviewer.ui.common;

import java.util.List;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

/**
 * The window's keyboard shortcuts, defined once: the menus, tables and preview install them from here and Help >
 * Keyboard shortcuts lists them from here, so the sheet cannot promise a key the window does not answer.
 */
public enum Shortcut {
    IMPORT("shortcut.import", combo(KeyCode.O)),
    PRINT("shortcut.print", combo(KeyCode.P)),
    CLOSE_BLADE("shortcut.closeBlade", combo(KeyCode.W), new KeyCodeCombination(KeyCode.ESCAPE)),
    COPY_ROWS("shortcut.copyRows", combo(KeyCode.C)),
    MOVE("shortcut.move", new KeyCodeCombination(KeyCode.UP), new KeyCodeCombination(KeyCode.DOWN)),
    SHORTCUTS("shortcut.sheet", new KeyCodeCombination(KeyCode.F1));

    private final String key;
    private final List<KeyCombination> keys;

    Shortcut(String key, KeyCombination... keys) {
        this.key = key;
        this.keys = List.of(keys);
    }

    /** The bundle key of what the shortcut does. */
    public String key() {
        return key;
    }

    /** The first of its keys: the one a menu item shows. */
    public KeyCombination combination() {
        return keys.get(0);
    }

    /** Whether a key press is this shortcut. */
    public boolean matches(KeyEvent event) {
        return keys.stream().anyMatch(k -> k.match(event));
    }

    /** Its keys as this platform writes them (Ctrl+W on Windows and Linux, the command key on macOS). */
    public String displayText() {
        return String.join(" / ", keys.stream().map(KeyCombination::getDisplayText).toList());
    }

    private static KeyCombination combo(KeyCode code) {
        return new KeyCodeCombination(code, KeyCombination.SHORTCUT_DOWN);
    }
}
