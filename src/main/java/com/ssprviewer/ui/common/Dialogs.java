package com.ssprviewer.ui.common;

import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Labeled;
import javafx.stage.Window;

/** What every dialog of the window gets once its buttons are in place. */
public final class Dialogs {

    private Dialogs() {
    }

    /**
     * Gives a dialog the window's stylesheet, the dark theme when its owner shows it (a dialog is a window of its own
     * and would otherwise show the platform's light look), and OK, Cancel and Close in the window's language rather
     * than the workstation's.
     */
    public static void dress(DialogPane pane, Window owner) {
        Styles.wearTheme(pane, owner == null ? null : owner.getScene());
        label(pane, ButtonType.OK, "dialog.ok");
        label(pane, ButtonType.CANCEL, "dialog.cancel");
        label(pane, ButtonType.CLOSE, "dialog.close");
    }

    private static void label(DialogPane pane, ButtonType type, String key) {
        Node button = pane.lookupButton(type);
        if (button instanceof Labeled labeled && pane.getButtonTypes().contains(type)) {
            labeled.setText(I18n.get(key));
        }
    }
}
