package com.ssprviewer.ui.shell;

import com.ssprviewer.ui.common.Controls;
import com.ssprviewer.ui.common.Dialogs;
import com.ssprviewer.ui.common.I18n;
import com.ssprviewer.ui.imports.ImportTexts;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** Asks the day a registration snapshot without dates was taken, as the command line's --snapshot-date says it. */
final class SnapshotDayDialog {

    private SnapshotDayDialog() {
    }

    static Optional<LocalDate> ask(Window owner, Path file, LocalDate offered) {
        Dialog<LocalDate> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(I18n.get("dialog.snapshotDay.title"));
        DatePicker picker = Controls.datePicker(offered);
        picker.setId("snapshot-day");
        Label text = new Label(I18n.format("dialog.snapshotDay.text", ImportTexts.fileName(file)));
        text.setWrapText(true);
        dialog.getDialogPane().setContent(new VBox(12, text, picker));
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        Dialogs.dress(dialog.getDialogPane(), owner);
        dialog.setResultConverter(button -> button == ButtonType.OK ? picker.getValue() : null);
        return dialog.showAndWait();
    }
}
