package com.ssprviewer.ui.shell;

import com.ssprviewer.ui.common.Blade;
import com.ssprviewer.ui.common.Styles;
import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.TreeItem;
import org.controlsfx.control.BreadCrumbBar;

/**
 * The path of open blades ("Audit logs > Details") as a ControlsFX {@link BreadCrumbBar}; clicking a crumb closes
 * the blades right of it. Crumb N has the id {@code breadcrumb-N}; the newest one is marked current.
 */
final class Breadcrumb {
    private final BladeHostModel model;
    private final BreadCrumbBar<Blade> bar = new BreadCrumbBar<>();

    Breadcrumb(BladeHostModel model) {
        this.model = model;
        bar.getStyleClass().add(Styles.BREADCRUMB);
        bar.setId("breadcrumb");
        // the blades are the truth: a click asks the model, and the model's change rebuilds the path
        bar.setAutoNavigationEnabled(false);
        bar.setCrumbFactory(this::crumb);
        bar.setOnCrumbAction(event -> model.closeRightOf(depth(event.getSelectedCrumb())));
    }

    BreadCrumbBar<Blade> view() {
        return bar;
    }

    void refresh() {
        List<Blade> blades = model.blades();
        TreeItem<Blade> last = null;
        for (Blade blade : blades) {
            TreeItem<Blade> item = new TreeItem<>(blade);
            if (last != null) {
                last.getChildren().add(item);
            }
            last = item;
        }
        bar.setSelectedCrumb(last);
    }

    private Button crumb(TreeItem<Blade> item) {
        int index = depth(item);
        Button button = new BreadCrumbBar.BreadCrumbButton(item.getValue().title());
        button.setId("breadcrumb-" + index);
        button.getStyleClass().add(index == model.blades().size() - 1
                ? Styles.BREADCRUMB_CURRENT : Styles.BREADCRUMB_LINK);
        return button;
    }

    private static int depth(TreeItem<?> item) {
        int depth = 0;
        for (TreeItem<?> parent = item.getParent(); parent != null; parent = parent.getParent()) {
            depth++;
        }
        return depth;
    }
}
