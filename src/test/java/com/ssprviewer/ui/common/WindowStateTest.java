package com.ssprviewer.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class WindowStateTest {
    private final MemoryPreferences node = new MemoryPreferences();
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @Test
    void theWindowOpensWhereItWasClosed(FxRobot robot) {
        WindowState state = new WindowState(node);
        robot.interact(() -> {
            stage.setX(40);
            stage.setY(30);
            stage.setWidth(900);
            stage.setHeight(600);
            state.save(stage);
            stage.setX(300);
            stage.setWidth(700);

            state.restore(stage);
        });

        assertEquals(40, stage.getX());
        assertEquals(30, stage.getY());
        assertEquals(900, stage.getWidth());
        assertEquals(600, stage.getHeight());
    }

    @Test
    void aPositionOffEveryScreenIsNotRestored(FxRobot robot) {
        node.putDouble("x", 50_000);
        node.putDouble("y", 50_000);
        robot.interact(() -> new WindowState(node).restore(stage));

        assertNotEquals(50_000, stage.getX());
        assertEquals(WindowState.DEFAULT_WIDTH, stage.getWidth());
    }
}
