package com.ssprviewer.store.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
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
        try (Connection c = DirectConnection.to(folder)) {
            assertEquals(Migrations.latestVersion(), Migrations.currentVersion(c));
        }
    }

    @Test
    void everyMigrationResourceAndJavaStepIsListedInOrder() throws Exception {
        File folder = new File(Migrations.class.getResource("migrations").toURI());
        List<String> files = Arrays.stream(folder.list()).sorted((a, b) -> Integer.compare(version(a), version(b)))
                .collect(Collectors.toList());
        assertEquals(files, Migrations.SCRIPTS.stream().filter(s -> s.endsWith(".sql")).collect(Collectors.toList()));
        assertEquals(Migrations.JAVA_STEPS.keySet(), Migrations.SCRIPTS.stream().filter(s -> !s.endsWith(".sql"))
                .collect(Collectors.toSet()));
        for (int i = 1; i < Migrations.SCRIPTS.size(); i++) {
            assertTrue(version(Migrations.SCRIPTS.get(i - 1)) < version(Migrations.SCRIPTS.get(i)),
                    Migrations.SCRIPTS.get(i));
        }
    }

    @Test
    void aStepAStoreLacksIsAppliedEvenWhenALaterOneIsAlready() throws Exception {
        Path folder = dir.resolve("gap").resolve("store");
        Database.open(folder).close();
        try (Connection c = DirectConnection.to(folder);
             Statement s = c.createStatement()) {
            s.execute("DELETE FROM schema_version WHERE version = 9");
        }
        Database.open(folder).close();
        try (Connection c = DirectConnection.to(folder);
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM schema_version WHERE version = 9")) {
            rs.next();
            assertEquals(1, rs.getInt(1));
        }
    }

    private static int version(String name) {
        return Integer.parseInt(name.substring(1, name.indexOf("__")));
    }
}
