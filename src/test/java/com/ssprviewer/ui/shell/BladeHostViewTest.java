package com.ssprviewer.ui.shell;

import static com.ssprviewer.ui.shell.ShellFixture.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ssprviewer.ui.common.Blade;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class BladeHostViewTest {
    final List<String> closed = new ArrayList<>();
    final Blade list = new NamedBlade("list", closed);
    final Blade details = new NamedBlade("details", closed);
    final Blade flow = new NamedBlade("flow", closed);
    ShellFixture shell;

    @Start
    void start(Stage stage) {
        shell = new ShellFixture(stage);
        shell.model.register(NavItem.AUDIT_LOG, () -> list);
    }

    private void openThree(FxRobot robot) {
        robot.clickOn("#nav-auditlog");
        robot.interact(() -> {
            shell.model.blades().open(list, details);
            shell.model.blades().open(details, flow);
        });
    }

    @Test
    void theCloseButtonReturnsToTheParentBlade(FxRobot robot) {
        openThree(robot);

        robot.clickOn("#blade-close-2");
        assertEquals(List.of(list, details), shell.model.blades().blades());

        robot.clickOn("#blade-close-1");
        assertEquals(List.of(list), shell.model.blades().blades());
        assertEquals(List.of("flow", "details"), closed);
    }

    @Test
    void ctrlWAndEscapeCloseTheNewestBladeButKeepTheRoot(FxRobot robot) {
        openThree(robot);

        robot.press(KeyCode.CONTROL, KeyCode.W).release(KeyCode.W, KeyCode.CONTROL);
        assertEquals(List.of(list, details), shell.model.blades().blades());

        robot.type(KeyCode.ESCAPE);
        assertEquals(List.of(list), shell.model.blades().blades());

        robot.type(KeyCode.ESCAPE);
        assertEquals(List.of(list), shell.model.blades().blades());
    }

    @Test
    void aBreadcrumbClickClosesTheBladesRightOfIt(FxRobot robot) {
        openThree(robot);
        assertEquals("flow", text(robot, "#breadcrumb-2"));

        robot.clickOn("#breadcrumb-0");

        assertEquals(List.of(list), shell.model.blades().blades());
        assertTrue(robot.lookup("#breadcrumb-1").tryQuery().isEmpty());
    }

    @Test
    void everyOpenBladeIsWhollyInViewAndTheOldestCollapseToStrips(FxRobot robot) {
        openThree(robot);
        robot.interact(() -> shell.model.blades().open(flow, new NamedBlade("fourth", closed)));

        Node host = robot.lookup("#blade-strip").query();
        Bounds view = host.localToScene(host.getBoundsInLocal());
        for (int i = 0; i < 4; i++) {
            Node pane = robot.lookup("#blade-" + i).query();
            Bounds b = pane.localToScene(pane.getBoundsInLocal());
            assertTrue(b.getMinX() >= view.getMinX() - 0.5 && b.getMaxX() <= view.getMaxX() + 0.5,
                    "blade " + i + " at " + b + " inside " + view);
        }
        assertTrue(robot.lookup("#blade-collapsed-0").query().isVisible(), "the oldest shows as a strip");
        assertTrue(robot.lookup("#content-fourth").query().isVisible());
    }

    @Test
    void aClickOnACollapsedBladeReturnsToIt(FxRobot robot) {
        openThree(robot);
        robot.interact(() -> shell.model.blades().open(flow, new NamedBlade("fourth", closed)));

        robot.clickOn("#blade-collapsed-0");

        assertEquals(List.of(list), shell.model.blades().blades());
    }
}
