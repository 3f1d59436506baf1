package com.ssprviewer.ui.shell;

import com.ssprviewer.ui.common.Blade;
import com.ssprviewer.ui.common.Styles;
import java.util.List;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;

/** The path of open blades ("Audit logs > Details"); clicking one closes the blades right of it. */
final class Breadcrumb extends HBox {
    private final BladeHostModel model;

    Breadcrumb(BladeHostModel model) {
        this.model = model;
        getStyleClass().add(Styles.BREADCRUMB);
        setId("breadcrumb");
    }

    void refresh() {
        getChildren().clear();
        List<Blade> blades = model.blades();
        for (int i = 0; i < blades.size(); i++) {
            if (i > 0) {
                Label separator = new Label("\u203A");
                separator.getStyleClass().add(Styles.BREADCRUMB_SEPARATOR);
                getChildren().add(separator);
            }
            getChildren().add(i == blades.size() - 1 ? current(blades.get(i), i) : link(blades.get(i), i));
        }
    }

    private Hyperlink link(Blade blade, int index) {
        Hyperlink link = new Hyperlink(blade.title());
        link.setId("breadcrumb-" + index);
        link.getStyleClass().add(Styles.BREADCRUMB_LINK);
        link.setOnAction(event -> model.closeRightOf(index));
        return link;
    }

    private Label current(Blade blade, int index) {
        Label label = new Label(blade.title());
        label.setId("breadcrumb-" + index);
        return label;
    }
}
