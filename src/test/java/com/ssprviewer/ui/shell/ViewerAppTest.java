package com.ssprviewer.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.ssprviewer.store.Store;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ViewerAppTest {

    @Test
    void dashDashDbNamesTheStoreTheWindowOpens() {
        assertEquals(Path.of("/data/contoso"), ViewerApp.storeDirectory(List.of("--db", "/data/contoso")));
    }

    @Test
    void withoutDashDashDbTheDefaultStoreOpens() {
        assertEquals(Store.defaultDirectory(), ViewerApp.storeDirectory(List.of()));
    }

    @Test
    void theTitleUsesTheStoreFolderName() {
        assertEquals("contoso", ViewerApp.storeName(Path.of("/data/contoso/")));
    }
}
