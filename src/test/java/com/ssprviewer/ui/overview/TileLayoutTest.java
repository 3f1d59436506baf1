package com.ssprviewer.ui.overview;

import static com.ssprviewer.ui.common.FxWait.fx;
import static com.ssprviewer.ui.common.FxWait.onFx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ssprviewer.store.Store;
import com.ssprviewer.ui.common.AppLanguage;
import com.ssprviewer.ui.common.CutTexts;
import com.ssprviewer.ui.common.I18n;
import com.ssprviewer.ui.common.WindowState;
import com.ssprviewer.ui.lists.SampleStore;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.text.Text;
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
import org.testfx.util.WaitForAsyncUtils;

/**
 * At the window's default size and at 1024 x 768 the nine Overview tiles stand in three full rows, and the "Data
 * registered" tile, which names the snapshot's most registered method beside the events' one, reads whole (no
 * ellipsis) in English and in Swedish.
 */
@ExtendWith(ApplicationExtension.class)
class TileLayoutTest {
    @TempDir
    static Path dir;
    static Store store;
    Stage stage;
    OverviewWindow window;

    @BeforeAll
    static void fill() {
        store = SampleStore.open(dir, List.of("/samples/classic-registration-activity.csv",
                "/samples/user-registration-details-2025-03-01.json",
                "/samples/user-registration-details-2025-04-01.csv"));
    }

    @AfterAll
    static void closeStore() {
        store.close();
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void stop() {
        onFx(() -> I18n.setLocale(AppLanguage.ENGLISH.locale()));
        window.close();
    }

    @Test
    void at1024By768EveryRowHoldsThreeTilesAndDataRegisteredReadsWhole(FxRobot robot) {
        open(robot, 1024, 768);
        assertThreeFullRows();
        assertDataRegisteredReadsWhole("Alternate mobile phone");
        onFx(() -> I18n.setLocale(AppLanguage.SWEDISH.locale()));
        WaitForAsyncUtils.waitForFxEvents();
        assertDataRegisteredReadsWhole("Alternativ mobiltelefon");
    }

    @Test
    void atTheDefaultSizeEveryRowHoldsThreeTilesAndDataRegisteredReadsWhole(FxRobot robot) {
        open(robot, WindowState.DEFAULT_WIDTH, WindowState.DEFAULT_HEIGHT);
        assertThreeFullRows();
        assertDataRegisteredReadsWhole("Alternate mobile phone");
        onFx(() -> I18n.setLocale(AppLanguage.SWEDISH.locale()));
        WaitForAsyncUtils.waitForFxEvents();
        assertDataRegisteredReadsWhole("Alternativ mobiltelefon");
    }

    @Test
    void at1024By768InSwedishNoTileTitleOrTextIsCut(FxRobot robot) {
        open(robot, 1024, 768);
        onFx(() -> I18n.setLocale(AppLanguage.SWEDISH.locale()));
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals("Administratörer som återställt sig själva",
                fx(() -> ((Label) node("#" + OverviewTile.ADMIN_RESETS.id() + " .tile-label")).getText()));
        assertEquals(List.of(), fx(() -> CutTexts.under(node("#overview-tiles"))));
    }

    private void open(FxRobot robot, double width, double height) {
        window = fx(() -> new OverviewWindow(stage, store, width, height));
        robot.clickOn("#nav-overview");
        window.waitForData();
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Tiles by the height they stand at on screen: three rows of three. */
    private void assertThreeFullRows() {
        Map<Long, Integer> rows = fx(() -> {
            Map<Long, Integer> byTop = new TreeMap<>();
            for (OverviewTile tile : OverviewTile.values()) {
                Bounds b = node("#" + tile.id()).localToScene(node("#" + tile.id()).getLayoutBounds());
                byTop.merge(Math.round(b.getMinY()), 1, Integer::sum);
            }
            return byTop;
        });
        assertEquals(List.of(3, 3, 3), new ArrayList<>(rows.values()), "tiles per row, top to bottom: " + rows);
    }

    /** The context line as drawn equals its whole text: JavaFX draws a clipped text with an ellipsis. */
    private void assertDataRegisteredReadsWhole(String method) {
        List<String> shown = fx(() -> {
            Label context = (Label) node("#" + OverviewTile.DATA_REGISTERED.id() + " .tile-context");
            Text drawn = (Text) context.lookup(".text");
            return List.of(context.getText(), drawn.getText().replace("\n", " "));
        });
        assertTrue(shown.get(0).contains(method), shown.get(0));
        assertEquals(shown.get(0), shown.get(1), "the tile's context as drawn");
    }

    private Node node(String query) {
        return stage.getScene().lookup(query);
    }
}
