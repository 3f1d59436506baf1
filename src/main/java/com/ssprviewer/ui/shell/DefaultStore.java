package com.ssprviewer.ui.shell;

import java.nio.file.Path;
import java.util.Locale;

/**
 * Where the window's store lives when no {@code --db} is given: the per-user application data folder of the
 * platform (LOCALAPPDATA on Windows, Application Support on macOS, XDG data home elsewhere).
 */
public final class DefaultStore {
    static final String FOLDER = "SSPR Audit Viewer";

    private DefaultStore() {
    }

    public static Path directory() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        Path home = Path.of(System.getProperty("user.home"));
        if (os.contains("win")) {
            String local = System.getenv("LOCALAPPDATA");
            return (local == null ? home.resolve("AppData").resolve("Local") : Path.of(local)).resolve(FOLDER);
        }
        if (os.contains("mac")) {
            return home.resolve("Library").resolve("Application Support").resolve(FOLDER);
        }
        String xdg = System.getenv("XDG_DATA_HOME");
        Path data = xdg == null || xdg.isBlank() ? home.resolve(".local").resolve("share") : Path.of(xdg);
        return data.resolve("sspr-audit-viewer");
    }
}
