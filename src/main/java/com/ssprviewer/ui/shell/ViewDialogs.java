package com.ssprviewer.ui.shell;

import com.ssprviewer.store.query.SavedView;
import com.ssprviewer.ui.common.Dialogs;
import com.ssprviewer.ui.common.I18n;
import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextInputDialog;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The platform's dialogs of saved views: a name, replace and delete questions, and the view file choosers. */
abstract class ViewDialogs implements FileDialogs {

    @Override
    public Optional<String> askViewName(Window owner, String current) {
        TextInputDialog dialog = new TextInputDialog(current);
        dialog.initOwner(owner);
        dialog.setTitle(I18n.get("view.name.title"));
        dialog.setHeaderText(null);
        dialog.setContentText(I18n.get("view.name.label"));
        dialog.getEditor().setId("view-name");
        Dialogs.dress(dialog.getDialogPane(), owner);
        dialog.getDialogPane().lookupButton(ButtonType.OK).disableProperty().bind(
                Bindings.createBooleanBinding(
                () -> invalid(dialog.getEditor().getText()), dialog.getEditor().textProperty()));
        return dialog.showAndWait().map(String::strip);
    }

    private static boolean invalid(String name) {
        try {
            SavedView.cleanName(name);
            return false;
        } catch (IllegalArgumentException e) {
            return true;
        }
    }

    @Override
    public boolean confirmReplaceView(Window owner, String name) {
        return confirm(owner, I18n.format("view.replace.question", name));
    }

    @Override
    public boolean confirmDeleteView(Window owner, String name) {
        return confirm(owner, I18n.format("view.delete.question", name));
    }

    private static boolean confirm(Window owner, String question) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, question, ButtonType.OK, ButtonType.CANCEL);
        alert.initOwner(owner);
        alert.setHeaderText(null);
        alert.setTitle(I18n.get("view.name.title"));
        Dialogs.dress(alert.getDialogPane(), owner);
        return alert.showAndWait().filter(ButtonType.OK::equals).isPresent();
    }

    @Override
    public Optional<Path> chooseViewFile(Window owner) {
        FileChooser chooser = chooser();
        chooser.setTitle(I18n.get("view.import.title"));
        return Optional.ofNullable(chooser.showOpenDialog(owner)).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseViewTarget(Window owner, String suggestedName) {
        FileChooser chooser = chooser();
        chooser.setTitle(I18n.get("view.export.title"));
        chooser.setInitialFileName(suggestedName);
        return Optional.ofNullable(chooser.showSaveDialog(owner)).map(File::toPath);
    }

    private static FileChooser chooser() {
        FileChooser chooser = new FileChooser();
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter(I18n.get("view.files"), "*.json"),
                new FileChooser.ExtensionFilter(I18n.get("dialog.import.all"), "*.*"));
        return chooser;
    }
}
