package com.ssprviewer.ui.shell;

import com.ssprviewer.ui.common.Dialogs;
import com.ssprviewer.ui.common.I18n;
import java.nio.file.Path;
import java.util.Optional;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * Asks for a store's new passphrase, twice (OK stays disabled until both agree), or, for an encrypted store, whether
 * to keep it without encryption.
 */
final class NewPassphraseDialog {

    private NewPassphraseDialog() {
    }

    static Optional<NewPassphrase> ask(Window owner, Path store, boolean encrypted) {
        Dialog<NewPassphrase> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(I18n.get("dialog.newPassphrase.title"));
        PasswordField first = new PasswordField();
        first.setId("new-passphrase-field");
        first.setPromptText(I18n.get("dialog.newPassphrase.first"));
        PasswordField again = new PasswordField();
        again.setId("new-passphrase-again");
        again.setPromptText(I18n.get("dialog.newPassphrase.again"));
        CheckBox remove = new CheckBox(I18n.get("dialog.newPassphrase.remove"));
        remove.setId("new-passphrase-remove");
        first.disableProperty().bind(remove.selectedProperty());
        again.disableProperty().bind(remove.selectedProperty());
        Label text = new Label(I18n.format(encrypted ? "dialog.newPassphrase.change" : "dialog.newPassphrase.set",
                store.toAbsolutePath().normalize()));
        text.setWrapText(true);
        VBox content = new VBox(12, text, first, again);
        if (encrypted) {
            content.getChildren().add(remove);
        }
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        Dialogs.dress(dialog.getDialogPane(), owner);
        BooleanBinding agreed = Bindings.createBooleanBinding(() -> !first.getText().isEmpty()
                && first.getText().equals(again.getText()), first.textProperty(), again.textProperty());
        Node ok = dialog.getDialogPane().lookupButton(ButtonType.OK);
        ok.disableProperty().bind(agreed.or(remove.selectedProperty()).not());
        dialog.setResultConverter(button -> {
            if (button != ButtonType.OK) {
                return null;
            }
            return remove.isSelected() ? NewPassphrase.remove() : new NewPassphrase(first.getText().toCharArray());
        });
        Platform.runLater(first::requestFocus);
        Optional<NewPassphrase> answer = dialog.showAndWait();
        first.clear();
        again.clear();
        return answer;
    }
}
