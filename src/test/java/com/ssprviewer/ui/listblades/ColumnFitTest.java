package com.ssprviewer.ui.listblades;

import static com.ssprviewer.ui.common.FxWait.fx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ssprviewer.store.Store;
import com.ssprviewer.ui.common.CutTexts;
import com.ssprviewer.ui.lists.SampleStore;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.control.TableCell;
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

/** A list's user names and roles read whole: the columns widen to the texts of the first rows shown. */
@ExtendWith(ApplicationExtension.class)
class ColumnFitTest {
    @TempDir
    static Path dir;
    static Store store;
    ListWindow window;

    @BeforeAll
    static void fill() {
        store = SampleStore.samples(dir);
    }

    @AfterAll
    static void closeStore() {
        store.close();
    }

    @Start
    void start(Stage stage) {
        window = new ListWindow(stage, store, null);
    }

    @AfterEach
    void stop() {
        window.close();
    }

    @Test
    void resetActivityShowsEveryUserAndRoleWholeIncludingTheAdministratorRoles(FxRobot robot) {
        robot.clickOn("#nav-resets");
        window.waitForCount(robot, 0, 104, 104);
        WaitForAsyncUtils.waitForFxEvents();

        List<String> roles = new ArrayList<>();
        List<String> cut = fx(() -> {
            List<String> found = new ArrayList<>();
            for (Node node : window.stage.getScene().getRoot().lookupAll("#list-table .table-cell")) {
                TableCell<?, ?> cell = (TableCell<?, ?>) node;
                if (cell.getTableColumn() != null
                        && Set.of("col-user", "col-role").contains(cell.getTableColumn().getId())) {
                    if ("col-role".equals(cell.getTableColumn().getId()) && cell.getText() != null) {
                        roles.add(cell.getText());
                    }
                    found.addAll(CutTexts.under(cell));
                }
            }
            return found;
        });
        assertTrue(roles.stream().anyMatch(r -> r.contains("Administrator")), roles.toString());
        assertEquals(List.of(), cut);
    }
}
