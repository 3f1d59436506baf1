package com.ssprviewer.ui.common;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.PopupWindow;

/**
 * The style class names of {@code app.css}, so Java code never spells a class name twice.
 * Colours live only in the stylesheet, as tokens on {@code .root}; the dark theme adds {@link #DARK} to the root.
 */
public final class Styles {
    /** Location of the one stylesheet, for {@code scene.getStylesheets().add(Styles.stylesheet())}. */
    public static final String STYLESHEET = "/com/ssprviewer/ui/app.css";

    public static final String DARK = "dark";
    public static final String SHELL = "shell";
    public static final String NAV = "nav";
    public static final String NAV_ITEM = "nav-item";
    public static final String BLADE_HOST = "blade-host";
    public static final String BLADE = "blade";
    public static final String BLADE_HEADER = "blade-header";
    public static final String BLADE_TITLE = "blade-title";
    public static final String BLADE_SUBTITLE = "blade-subtitle";
    public static final String BLADE_CLOSE = "blade-close";
    public static final String BLADE_CONTENT = "blade-content";
    public static final String BLADE_STRIP = "blade-strip";
    public static final String BREADCRUMB = "breadcrumb";
    public static final String BREADCRUMB_LINK = "breadcrumb-link";
    public static final String BREADCRUMB_CURRENT = "breadcrumb-current";
    public static final String STATUS_BAR = "status-bar";
    public static final String STATUS_MESSAGE = "status-message";
    public static final String MUTED = "muted";
    public static final String PLACEHOLDER = "placeholder";
    public static final String TITLE = "title";
    public static final String ACCENT = "accent";
    public static final String DANGER = "danger";
    public static final String SUCCESS = "success";
    public static final String WARNING = "warning";
    public static final String EMPTY_HINT = "empty-hint";

    private Styles() {
    }

    /** The external form of the stylesheet URL. */
    public static String stylesheet() {
        return Styles.class.getResource(STYLESHEET).toExternalForm();
    }

    /**
     * Styles a popup window (a ControlsFX flyout) as the window of {@code owner}: a popup is a scene of its own, so it
     * neither sees the window's stylesheet nor its theme unless they are handed over each time it opens.
     */
    public static void followOwner(PopupWindow popup, Node owner) {
        wearTheme(popup.getScene().getRoot(), owner.getScene());
    }

    /**
     * Gives the root of a window of its own (a dialog, a popup, the print preview) the stylesheet, and the dark theme
     * exactly when {@code ownerScene}, the main window's scene, shows it.
     */
    public static void wearTheme(Parent root, Scene ownerScene) {
        if (!root.getStylesheets().contains(stylesheet())) {
            root.getStylesheets().add(stylesheet());
        }
        boolean dark = ownerScene != null && ownerScene.getRoot().getStyleClass().contains(DARK);
        root.getStyleClass().remove(DARK);
        if (dark) {
            root.getStyleClass().add(DARK);
        }
    }
}
