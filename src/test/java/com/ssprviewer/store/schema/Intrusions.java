package com.ssprviewer.store.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Store folder names that would once have added H2 connection settings (SQL run at open, a file written, the store
 * made read-only or served to the network), and honest names with the characters H2's URL parses; and the checks
 * that a store opened under such a name took none of it as a setting.
 */
public final class Intrusions {

    private Intrusions() {
    }

    /** Folder names, relative to {@code base}, that carry settings after a {@code ;}. */
    static List<String> attacks(Path base) {
        return List.of("x/inj;INIT=CREATE TABLE IF NOT EXISTS PWNED(X INT)--",
                "x/w;INIT=CALL FILE_WRITE('pwned', '" + written(base) + "')--",
                "x/ro;ACCESS_MODE_DATA=r",
                "x/as;AUTO_SERVER=TRUE",
                "x/inj2;IFEXISTS=TRUE;INIT=RUNSCRIPT FROM '" + base.resolve("evil.sql") + "'");
    }

    /** Folder names an administrator might honestly choose. */
    static List<String> honestNames() {
        return List.of("audits;2025", "a:b=c d", "Åsa ärende 監査 ;x=y", "trailing;");
    }

    /** How many names {@link #name} gives. */
    public static int count() {
        return attacks(Path.of("/")).size() + honestNames().size();
    }

    /**
     * The {@code i}th name to try (attacks, then honest names) in a fresh folder {@code run}; the script one attack
     * runs is written there too.
     */
    public static Path store(Path run, int i) throws IOException {
        Files.createDirectories(run);
        Files.writeString(run.resolve("evil.sql"), "CREATE TABLE PWNED2(X INT);");
        List<String> attacks = attacks(run);
        return run.resolve(i < attacks.size() ? attacks.get(i) : honestNames().get(i - attacks.size()));
    }

    /**
     * The store landed exactly in {@code store} (nothing written anywhere else in the {@code run} folder it was
     * made for), no SQL ran (no table PWNED, no file written), and no setting took effect (no lock file of a server).
     */
    public static void assertNoneApplied(Path run, Path store) throws Exception {
        assertTrue(Files.isRegularFile(store.resolve("sspr.mv.db")), "the store is in " + store);
        try (Stream<Path> all = Files.walk(run)) {
            List<Path> elsewhere = all.filter(Files::isRegularFile).filter(p -> !p.startsWith(store))
                    .filter(p -> !p.getFileName().toString().equals("evil.sql"))
                    .collect(Collectors.toList());
            assertEquals(List.of(), elsewhere, "files written outside the store folder");
        }
        try (Stream<Path> inStore = Files.list(store)) {
            List<String> names = inStore.map(p -> p.getFileName().toString()).sorted().collect(Collectors.toList());
            assertTrue(names.stream().noneMatch(n -> n.endsWith(".lock.db")), names.toString());
        }
        try (Connection c = DirectConnection.to(store); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES"
                     + " WHERE TABLE_NAME LIKE 'PWNED%'")) {
            rs.next();
            assertEquals(0, rs.getInt(1), "a table made by SQL in the folder name");
        }
    }

    private static String written(Path base) {
        return base.resolve("written.txt").toString();
    }
}
