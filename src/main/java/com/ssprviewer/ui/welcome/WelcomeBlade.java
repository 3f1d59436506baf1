package com.ssprviewer.ui.welcome;

import com.ssprviewer.ui.common.Blade;
import com.ssprviewer.ui.common.Controls;
import com.ssprviewer.ui.common.I18n;
import com.ssprviewer.ui.common.Styles;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * The first blade of an empty store: what the viewer does, which exports it reads, and two ways in: import your
 * own exports, or explore generated sample data in a separate store.
 */
public final class WelcomeBlade implements Blade {
    private static final String[] FORMAT_KEYS = {
        "blade.welcome.format.audit", "blade.welcome.format.graph", "blade.welcome.format.classic"};

    private final Runnable onImport;
    private final Runnable onExploreSample;
    private VBox view;

    public WelcomeBlade(Runnable onImport, Runnable onExploreSample) {
        this.onImport = onImport;
        this.onExploreSample = onExploreSample;
    }

    @Override
    public String title() {
        return I18n.get("blade.welcome.title");
    }

    @Override
    public String subtitle() {
        return I18n.get("blade.welcome.subtitle");
    }

    @Override
    public double width() {
        return 720;
    }

    @Override
    public Node view() {
        if (view == null) {
            view = new VBox(label("welcome-heading", "blade.welcome.heading", WelcomeStyles.HEADING),
                    label("welcome-intro", "blade.welcome.intro", WelcomeStyles.TEXT),
                    label(null, "blade.welcome.formats", WelcomeStyles.SECTION),
                    formats(), buttons(),
                    label("welcome-sample-note", "blade.welcome.sampleNote", Styles.MUTED),
                    label(null, "blade.welcome.dropHint", Styles.MUTED));
            view.getStyleClass().add(WelcomeStyles.WELCOME);
            view.setId("welcome");
        }
        return view;
    }

    private static VBox formats() {
        VBox list = new VBox();
        list.getStyleClass().add(WelcomeStyles.FORMATS);
        for (String key : FORMAT_KEYS) {
            Label bullet = new Label("\u2022");
            bullet.getStyleClass().add(Styles.ACCENT);
            HBox line = new HBox(bullet, label(null, key, WelcomeStyles.TEXT));
            line.getStyleClass().add(WelcomeStyles.FORMAT_LINE);
            list.getChildren().add(line);
        }
        return list;
    }

    private HBox buttons() {
        Button importButton = Controls.button("welcome-import", "blade.welcome.import", onImport);
        importButton.setDefaultButton(true);
        Button sample = Controls.button("welcome-sample", "blade.welcome.sample", onExploreSample);
        HBox row = new HBox(importButton, sample);
        row.getStyleClass().add(WelcomeStyles.BUTTONS);
        return row;
    }

    private static Label label(String id, String key, String style) {
        Label label = new Label();
        label.setId(id);
        label.textProperty().bind(I18n.text(key));
        label.setWrapText(true);
        label.getStyleClass().add(style);
        return label;
    }
}
