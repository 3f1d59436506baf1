package com.ssprviewer.store.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.File;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MigrationsTest {

    @TempDir
    Path dir;

    @Test
    void migrationsApplyToANewStore() throws Exception {
        Path folder = dir.resolve("new").resolve("store");
        Database.open(folder).close();
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + folder.toAbsolutePath().resolve("sspr"),
                "sa", "")) {
            assertEquals(Migrations.latestVersion(), Migrations.currentVersion(c));
        }
    }

    @Test
    void everyMigrationResourceIsListedInOrder() throws Exception {
        File folder = new File(Migrations.class.getResource("migrations").toURI());
        List<String> files = Arrays.stream(folder.list()).sorted((a, b) -> Integer.compare(version(a), version(b)))
                .collect(Collectors.toList());
        assertEquals(files, Migrations.SCRIPTS);
        for (int i = 0; i < files.size(); i++) {
            assertEquals(i + 1, version(files.get(i)));
        }
    }

    private static int version(String name) {
        return Integer.parseInt(name.substring(1, name.indexOf("__")));
    }
}
