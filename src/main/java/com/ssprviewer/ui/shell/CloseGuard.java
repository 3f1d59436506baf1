package com.ssprviewer.ui.shell;

import com.ssprviewer.ui.common.I18n;
import com.ssprviewer.ui.common.StatusModel;
import java.util.List;
import java.util.function.BiPredicate;
import javafx.collections.ListChangeListener;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.stage.WindowEvent;

/**
 * What closing the window does while work runs (the window's close button, File > Exit): it asks first, and when
 * the user chooses to close, cancels every running task and closes the window only once they have all ended, so an
 * import or a removal undoes itself before the store is closed. Work that starts meanwhile (an import a command
 * handed over) is cancelled as it starts. Without running work the window closes at once.
 */
final class CloseGuard {
    private final Stage stage;
    private final StatusModel status;
    private final BiPredicate<Window, List<String>> mayCancel;
    private boolean closing;

    /** {@code mayCancel} asks the user, naming the running tasks; true means cancel them and close. */
    CloseGuard(Stage stage, StatusModel status, BiPredicate<Window, List<String>> mayCancel) {
        this.stage = stage;
        this.status = status;
        this.mayCancel = mayCancel;
        stage.addEventHandler(WindowEvent.WINDOW_CLOSE_REQUEST, event -> {
            if (!status.running().isEmpty()) {
                event.consume();
                requestClose();
            }
        });
        status.running().addListener((ListChangeListener<StatusModel.Activity>) change -> {
            while (closing && change.next()) {
                change.getAddedSubList().forEach(StatusModel.Activity::cancel);
            }
            closeWhenIdle();
        });
    }

    /** Closes the window, first asking and stopping the running work when there is some. FX thread. */
    void requestClose() {
        if (status.running().isEmpty()) {
            stage.close();
            return;
        }
        if (closing) {
            return;
        }
        List<String> titles = status.running().stream().map(StatusModel.Activity::title).toList();
        if (!mayCancel.test(stage, titles)) {
            return;
        }
        closing = true;
        status.cancelAll();
        status.showMessage(I18n.get("exit.closing"));
        closeWhenIdle();
    }

    /** True from the moment the user chose to close until the window has closed. */
    boolean isClosing() {
        return closing;
    }

    private void closeWhenIdle() {
        if (closing && status.running().isEmpty()) {
            closing = false;
            stage.close();
        }
    }
}
