package com.ssprviewer.store;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/** Where each platform keeps per-user application data (pure, so every platform's rule is testable anywhere). */
final class StoreDirectories {

    static final String APP = "SSPR Audit Viewer";

    private StoreDirectories() {
    }

    static Path defaultDirectory(String osName, Map<String, String> env, String home) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String appData = env.get("APPDATA");
            Path base = appData == null || appData.isBlank() ? Path.of(home, "AppData", "Roaming") : Path.of(appData);
            return base.resolve(APP).resolve("store");
        }
        if (os.startsWith("mac")) {
            return Path.of(home, "Library", "Application Support", APP, "store");
        }
        String xdg = env.get("XDG_DATA_HOME");
        Path base = xdg == null || xdg.isBlank() ? Path.of(home, ".local", "share") : Path.of(xdg);
        return base.resolve("sspr-audit-viewer").resolve("store");
    }
}
