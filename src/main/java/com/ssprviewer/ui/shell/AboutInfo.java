package com.ssprviewer.ui.shell;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;

/**
 * What Help > About says of the build: its version and the third-party components it ships, each with its version
 * and licence, as the build wrote them into {@code about.properties}.
 */
record AboutInfo(String version, List<Component> components) {

    private static final String RESOURCE = "about.properties";

    /** A third-party component: its name, version, licence, web site and the artifacts (or files) it ships as. */
    record Component(String name, String version, String licence, String site, List<String> artifacts) {
    }

    /** The build's facts; a build that wrote none (a bare class folder) has no version and no components. */
    static AboutInfo ofThisBuild() {
        Properties p = new Properties();
        try (InputStream in = AboutInfo.class.getResourceAsStream(RESOURCE)) {
            if (in != null) {
                try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                    p.load(reader);
                }
            }
        } catch (IOException e) {
            p.clear();
        }
        return of(p);
    }

    static AboutInfo of(Properties p) {
        String version = p.getProperty("version");
        if (version != null && (version.isBlank() || version.startsWith("${"))) {
            version = null;
        }
        List<Component> components = new ArrayList<>();
        for (int i = 1; p.containsKey("component." + i); i++) {
            String[] parts = p.getProperty("component." + i).split("\\|", -1);
            if (parts.length == 5) {
                components.add(new Component(parts[0].strip(), parts[1].strip(), parts[2].strip(), parts[3].strip(),
                        Arrays.asList(parts[4].strip().split("\\s+"))));
            }
        }
        return new AboutInfo(version, List.copyOf(components));
    }
}
