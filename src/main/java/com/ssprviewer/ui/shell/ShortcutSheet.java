package com.ssprviewer.ui.shell;

import com.ssprviewer.ui.common.Dialogs;
import com.ssprviewer.ui.common.I18n;
import com.ssprviewer.ui.common.Shortcut;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/** Help > Keyboard shortcuts (F1): every {@link Shortcut} with its keys as this platform writes them. */
final class ShortcutSheet {
    private ShortcutSheet() {
    }

    static void show(Window owner) {
        Dialog<Void> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(I18n.get("shortcuts.title"));
        dialog.setHeaderText(I18n.get("shortcuts.title"));
        GridPane grid = new GridPane();
        grid.setId("shortcut-sheet");
        grid.setHgap(24);
        grid.setVgap(8);
        ColumnConstraints keys = new ColumnConstraints();
        keys.setMinWidth(150);
        grid.getColumnConstraints().add(keys);
        int row = 0;
        for (Shortcut shortcut : Shortcut.values()) {
            Label combination = new Label(shortcut.displayText());
            combination.setId("shortcut-" + shortcut.name().toLowerCase());
            combination.getStyleClass().add("shortcut-keys");
            Label what = new Label(I18n.get(shortcut.key()));
            what.setWrapText(true);
            grid.addRow(row++, combination, what);
        }
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        Dialogs.dress(dialog.getDialogPane(), owner);
        dialog.show();
    }
}
