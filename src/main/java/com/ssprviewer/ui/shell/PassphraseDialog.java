package com.ssprviewer.ui.shell;

import com.ssprviewer.ui.common.Dialogs;
import com.ssprviewer.ui.common.I18n;
import java.nio.file.Path;
import java.util.Optional;
import javafx.application.Platform;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** Asks the passphrase of an encrypted store, saying above the field why it asks again after a wrong one. */
final class PassphraseDialog {

    private PassphraseDialog() {
    }

    static Optional<char[]> ask(Window owner, Path store, String problem) {
        Dialog<char[]> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(I18n.get("dialog.passphrase.title"));
        PasswordField field = new PasswordField();
        field.setId("passphrase-field");
        Label text = new Label(I18n.format("dialog.passphrase.text", store.toAbsolutePath().normalize()));
        text.setWrapText(true);
        VBox content = new VBox(12, text);
        if (problem != null) {
            Label wrong = new Label(problem);
            wrong.setId("passphrase-problem");
            wrong.setWrapText(true);
            content.getChildren().add(wrong);
        }
        content.getChildren().add(field);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        Dialogs.dress(dialog.getDialogPane(), owner);
        dialog.setResultConverter(button -> button == ButtonType.OK && !field.getText().isEmpty()
                ? field.getText().toCharArray() : null);
        Platform.runLater(field::requestFocus);
        Optional<char[]> answer = dialog.showAndWait();
        field.clear();
        return answer;
    }
}
