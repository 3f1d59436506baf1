package com.ssprviewer.ui.overview;

import static com.ssprviewer.ui.common.FxWait.fx;
import static com.ssprviewer.ui.common.FxWait.onFx;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.ssprviewer.store.Store;
import com.ssprviewer.ui.common.AppLanguage;
import com.ssprviewer.ui.common.I18n;
import com.ssprviewer.ui.lists.SampleStore;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The numbers of a row of Overview tiles stand on one line whatever their titles' lengths: a title that wraps to two
 * lines (Swedish ones do at 1024 px) does not push its number below its neighbours', in English and Swedish, at
 * 1024 and 1600 px.
 */
@ExtendWith(ApplicationExtension.class)
class TileNumbersLineUpTest {
    @TempDir
    static Path dir;
    static Store store;
    Stage stage;
    OverviewWindow window;

    @BeforeAll
    static void fill() {
        store = SampleStore.open(dir, List.of("/samples/classic-password-reset-activity.csv",
                "/samples/classic-registration-activity.csv", "/samples/user-registration-details-2025-03-01.json",
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

    @ParameterizedTest(name = "{0} x {1}, {2}")
    @CsvSource({"1024, 768, ENGLISH", "1024, 768, SWEDISH", "1600, 1000, ENGLISH", "1600, 1000, SWEDISH"})
    void theNumbersOfOneRowOfTilesStandAtOneHeight(int width, int height, AppLanguage language, FxRobot robot) {
        window = fx(() -> new OverviewWindow(stage, store, width, height));
        robot.clickOn("#nav-overview");
        window.waitForData();
        onFx(() -> I18n.setLocale(language.locale()));
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitForFxEvents();

        OverviewTile[] tiles = OverviewTile.values();
        for (int first = 0; first < tiles.length; first += OverviewBlade.COLUMNS) {
            List<Long> tops = new ArrayList<>();
            List<String> titles = new ArrayList<>();
            for (int i = first; i < first + OverviewBlade.COLUMNS; i++) {
                String tile = "#" + tiles[i].id();
                tops.add(Math.round(fx(() -> sceneY(tile + " .tile-value"))));
                titles.add(fx(() -> ((javafx.scene.control.Label) node(tile + " .tile-label")).getText()));
            }
            assertEquals(1, tops.stream().distinct().count(), "the numbers' tops " + tops + " under " + titles);
        }
    }

    private double sceneY(String query) {
        Node n = node(query);
        return n.localToScene(n.getLayoutBounds()).getMinY();
    }

    private Node node(String query) {
        return stage.getScene().lookup(query);
    }
}
