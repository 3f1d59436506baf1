package com.ssprviewer.ui.overview;

import static com.ssprviewer.ui.common.FxWait.fx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ssprviewer.store.Store;
import com.ssprviewer.store.api.PolicyChange;
import com.ssprviewer.store.query.EventFilter;
import com.ssprviewer.store.query.ListKind;
import com.ssprviewer.ui.lists.ListBlade;
import com.ssprviewer.ui.lists.SampleStore;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The Policy changes blade, opened from the navigation and from the Overview's tile, lists what was changed. */
@ExtendWith(ApplicationExtension.class)
class PolicyChangesBladeTest {
    @TempDir
    static Path dir;
    static Store store;
    OverviewWindow window;

    @BeforeAll
    static void fill() {
        store = SampleStore.open(dir, List.of("/samples/sspr-policy-changes.json", "/samples/audit-logs-download.csv"));
    }

    @AfterAll
    static void closeStore() {
        store.close();
    }

    @Start
    void start(Stage stage) {
        window = new OverviewWindow(stage, store);
    }

    @AfterEach
    void stop() {
        window.close();
    }

    @Test
    void theNavigationOpensEveryPolicyChangeWithItsReadableOldAndNewValues(FxRobot robot) {
        robot.clickOn("#nav-policy");
        assertEquals(3, window.countOf(0));
        ListBlade<?> blade = (ListBlade<?>) window.blade(0);
        List<String> changes = fx(() -> blade.list().rows().stream().map(r -> ((PolicyChange) r).changesText())
                .toList());
        assertEquals(List.of("Self service password reset enabled: Selected -> All",
                "Methods available to users: Email, Mobile phone -> Email, Mobile phone, Mobile app notification",
                "Number of methods required to reset: 1 -> 2"), changes);
    }

    @Test
    void thePolicyChangesTileOpensExactlyTheChangesItCounts(FxRobot robot) {
        robot.clickOn("#nav-overview");
        window.waitForData();
        OverviewData data = fx(() -> window.overview().data());
        long number = store.count(ListKind.POLICY, data.window());
        assertEquals(number, data.policyChanges());
        assertEquals(Long.toString(number), fx(() -> robot.lookup("#" + OverviewTile.POLICY_CHANGES.id()
                + " .tile-value").queryAs(Labeled.class).getText()));
        robot.clickOn("#" + OverviewTile.POLICY_CHANGES.id());
        assertEquals(number, window.countOf(1));
        assertTrue(window.blade(1) instanceof ListBlade<?>);
        assertEquals(3, store.count(ListKind.POLICY, EventFilter.NONE));
    }
}
