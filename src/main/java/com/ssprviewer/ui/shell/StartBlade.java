package com.ssprviewer.ui.shell;

import com.ssprviewer.ui.common.Blade;
import com.ssprviewer.ui.common.Controls;
import com.ssprviewer.ui.common.I18n;
import com.ssprviewer.ui.common.Styles;
import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * The first blade while the window opens its store, and what it becomes when that fails (locked by another window,
 * unreadable): the reason in one sentence and two ways on, instead of a stack trace.
 */
final class StartBlade implements Blade {
    private final Path dir;
    private final String error;
    private final Runnable retry;
    private final Runnable chooseOther;
    private VBox view;

    private StartBlade(Path dir, String error, Runnable retry, Runnable chooseOther) {
        this.dir = dir;
        this.error = error;
        this.retry = retry;
        this.chooseOther = chooseOther;
    }

    static StartBlade opening(Path dir) {
        return new StartBlade(dir, null, null, null);
    }

    static StartBlade failed(Path dir, String error, Runnable retry, Runnable chooseOther) {
        return new StartBlade(dir, error, retry, chooseOther);
    }

    @Override
    public String title() {
        return I18n.get(error == null ? "blade.start.opening" : "blade.start.failed");
    }

    @Override
    public String subtitle() {
        return dir.toAbsolutePath().toString();
    }

    @Override
    public Node view() {
        if (view == null) {
            view = error == null ? openingView() : failedView();
            view.getStyleClass().add(StartStyles.START);
            view.setId("start");
        }
        return view;
    }

    private VBox openingView() {
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setId("start-progress");
        Label text = new Label();
        text.textProperty().bind(I18n.text("blade.start.openingHint"));
        text.getStyleClass().add(Styles.MUTED);
        return new VBox(spinner, text);
    }

    private VBox failedView() {
        Label reason = new Label(error);
        reason.setId("start-error");
        reason.setWrapText(true);
        reason.getStyleClass().add(Styles.DANGER);
        Label hint = new Label();
        hint.textProperty().bind(I18n.text("blade.start.failedHint"));
        hint.setWrapText(true);
        hint.getStyleClass().add(Styles.MUTED);
        Button again = Controls.button("start-retry", "blade.start.retry", retry);
        again.setDefaultButton(true);
        HBox buttons = new HBox(again, Controls.button("start-open-other", "blade.start.openOther", chooseOther));
        buttons.getStyleClass().add(StartStyles.BUTTONS);
        return new VBox(reason, hint, buttons);
    }

    /** Style classes of this blade in {@code app.css}. */
    private static final class StartStyles {
        static final String START = "start-blade";
        static final String BUTTONS = "welcome-buttons";
    }
}
