package com.ssprviewer.ui.shell;

import com.ssprviewer.ui.common.I18n;
import javafx.scene.control.Alert;
import javafx.stage.Window;

/** Help > About: the product name, its version and what it is for. */
final class AboutDialog {
    private AboutDialog() {
    }

    static void show(Window owner) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        alert.initOwner(owner);
        alert.setTitle(I18n.get("about.title"));
        alert.setHeaderText(I18n.get("app.name"));
        String version = AboutDialog.class.getPackage().getImplementationVersion();
        alert.setContentText(I18n.format("about.text", version == null ? I18n.get("about.devVersion") : version));
        alert.show();
    }
}
