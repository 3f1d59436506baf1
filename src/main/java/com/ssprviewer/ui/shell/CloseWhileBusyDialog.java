package com.ssprviewer.ui.shell;

import com.ssprviewer.ui.common.Dialogs;
import com.ssprviewer.ui.common.I18n;
import java.util.List;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

/** Asks, when the window is closed while work runs, whether to cancel that work and close, or keep working. */
final class CloseWhileBusyDialog {

    private CloseWhileBusyDialog() {
    }

    /** True when the user chose to cancel the running work and close; {@code running} names each task. */
    static boolean ask(Window owner, List<String> running) {
        ButtonType close = new ButtonType(I18n.get("exit.busy.close"), ButtonBar.ButtonData.OK_DONE);
        ButtonType keep = new ButtonType(I18n.get("exit.busy.keep"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, I18n.get("exit.busy.text"), keep, close);
        alert.initOwner(owner);
        alert.setTitle(I18n.get("exit.busy.title"));
        alert.setHeaderText(I18n.format("exit.busy.header", running.size(), String.join("; ", running)));
        Dialogs.dress(alert.getDialogPane(), owner);
        return alert.showAndWait().filter(close::equals).isPresent();
    }
}
