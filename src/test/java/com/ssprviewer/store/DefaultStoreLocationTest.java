package com.ssprviewer.store;

import static com.ssprviewer.store.Fixtures.at;
import static com.ssprviewer.store.Fixtures.importRows;
import static com.ssprviewer.store.Fixtures.successFlow;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.ssprviewer.store.query.EventFilter;
import com.ssprviewer.store.query.ListKind;
import com.ssprviewer.store.schema.Intrusions;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The default store's folder comes from the user's settings (XDG_DATA_HOME, APPDATA, the home folder): whatever
 * those hold, the store lands exactly in the folder they name and none of it becomes an H2 setting.
 */
class DefaultStoreLocationTest {

    @TempDir
    Path dir;

    @Test
    void theDefaultStoreTakesNoSettingFromTheDataFolderItIsIn() throws Exception {
        for (int i = 0; i < Intrusions.count(); i++) {
            Path run = dir.resolve("run" + i);
            Path xdg = Intrusions.store(run, i);
            Path folder = StoreDirectories.defaultDirectory("Linux", Map.of("XDG_DATA_HOME", xdg.toString()), "/h");
            try (Store s = Store.open(folder)) {
                importRows(s, "a.csv", successFlow(at(0), "c", "a@x.com"));
                assertEquals(4, s.count(ListKind.EVENTS, EventFilter.NONE), folder.toString());
            }
            assertEquals(xdg.resolve("sspr-audit-viewer").resolve("store"), folder);
            Intrusions.assertNoneApplied(run, folder);
        }
    }
}
