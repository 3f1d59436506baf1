package com.ssprviewer.ui.shell;

import com.ssprviewer.ui.common.Shortcut;
import com.ssprviewer.ui.common.Styles;
import com.ssprviewer.ui.common.Theme;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;

/**
 * The main window's layout: menu bar on top, navigation on the left, blades in the middle, status bar below.
 * It binds to a {@link ShellModel} and sends store work to {@link ShellActions}; Ctrl+W and Esc close the newest
 * blade, and files dropped on the window are imported.
 */
public final class ShellView {
    private final ShellModel model;
    private final ShellActions actions;
    private final BorderPane root = new BorderPane();
    private final StatusBarView statusBar;

    public ShellView(ShellModel model, ShellActions actions, FileDialogs dialogs, Runnable onExit) {
        this.model = model;
        this.actions = actions;
        ShellMenu menu = new ShellMenu(model, actions, dialogs, onExit,
                () -> AboutDialog.show(window(), AboutInfo.ofThisBuild(), model.storeFolderProperty().get()),
                () -> ShortcutSheet.show(window()));
        root.getStyleClass().add(Styles.SHELL);
        root.setTop(menu.view());
        root.setLeft(new NavigationView(model, actions.savedViews()));
        root.setCenter(new BladeHost(model.blades()).view());
        statusBar = new StatusBarView(model.status(), model.timeModeProperty());
        root.setBottom(statusBar.view());
        model.themeProperty().addListener((obs, old, theme) -> applyTheme(theme));
        applyTheme(model.themeProperty().get());
    }

    public Parent root() {
        return root;
    }

    /** A scene holding this view with the stylesheet, the close-blade keys and file drop installed. */
    public Scene createScene(double width, double height) {
        Scene scene = new Scene(root, width, height);
        scene.getStylesheets().add(Styles.stylesheet());
        scene.addEventHandler(KeyEvent.KEY_PRESSED, event -> {
            if (Shortcut.CLOSE_BLADE.matches(event)) {
                if (model.blades().closeLast()) {
                    event.consume();
                }
            }
        });
        FileDrop.install(scene, actions::importFiles);
        return scene;
    }

    /** Ends what the view keeps running beside the window (the list of running tasks), for the end of the window. */
    public void close() {
        statusBar.close();
    }

    private void applyTheme(Theme theme) {
        root.getStyleClass().remove(Styles.DARK);
        if (theme == Theme.DARK) {
            root.getStyleClass().add(Styles.DARK);
        }
    }

    private javafx.stage.Window window() {
        return root.getScene() == null ? null : root.getScene().getWindow();
    }
}
