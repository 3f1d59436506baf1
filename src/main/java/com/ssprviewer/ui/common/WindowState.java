package com.ssprviewer.ui.common;

import java.util.prefs.Preferences;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * Remembers the window's size, position and maximized state between runs. A position that no longer lies on any
 * screen (a monitor was unplugged) is dropped so the window never opens out of sight.
 */
public final class WindowState {
    public static final double DEFAULT_WIDTH = 1280;
    public static final double DEFAULT_HEIGHT = 800;
    private static final String X = "x";
    private static final String Y = "y";
    private static final String WIDTH = "width";
    private static final String HEIGHT = "height";
    private static final String MAXIMIZED = "maximized";

    private final Preferences node;

    public WindowState(Preferences node) {
        this.node = node;
    }

    /** Sizes and places {@code stage} as it was last closed, or at the default size centred. */
    public void restore(Stage stage) {
        double width = Math.max(640, node.getDouble(WIDTH, DEFAULT_WIDTH));
        double height = Math.max(400, node.getDouble(HEIGHT, DEFAULT_HEIGHT));
        stage.setWidth(width);
        stage.setHeight(height);
        double x = node.getDouble(X, Double.NaN);
        double y = node.getDouble(Y, Double.NaN);
        if (!Double.isNaN(x) && !Double.isNaN(y) && isVisible(x, y, width)) {
            stage.setX(x);
            stage.setY(y);
        } else {
            stage.centerOnScreen();
        }
        stage.setMaximized(node.getBoolean(MAXIMIZED, false));
    }

    /** Stores the stage's bounds; while maximized, the last normal bounds are kept. */
    public void save(Stage stage) {
        node.putBoolean(MAXIMIZED, stage.isMaximized());
        if (!stage.isMaximized() && !stage.isIconified()) {
            node.putDouble(X, stage.getX());
            node.putDouble(Y, stage.getY());
            node.putDouble(WIDTH, stage.getWidth());
            node.putDouble(HEIGHT, stage.getHeight());
        }
    }

    private static boolean isVisible(double x, double y, double width) {
        Rectangle2D titleBar = new Rectangle2D(x, y, Math.min(width, 200), 30);
        return Screen.getScreens().stream().anyMatch(s -> s.getVisualBounds().intersects(titleBar));
    }
}
