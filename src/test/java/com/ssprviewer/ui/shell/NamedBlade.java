package com.ssprviewer.ui.shell;

import com.ssprviewer.ui.common.Blade;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;

/** A blade for tests: shows its name and records its closing in a shared log. */
final class NamedBlade implements Blade {
    private final String name;
    private final List<String> closed;
    private Label view;

    NamedBlade(String name, List<String> closed) {
        this.name = name;
        this.closed = closed;
    }

    @Override
    public String title() {
        return name;
    }

    @Override
    public Node view() {
        if (view == null) {
            view = new Label("content of " + name);
            view.setId("content-" + name);
        }
        return view;
    }

    @Override
    public double width() {
        return 500;
    }

    @Override
    public void onClose() {
        closed.add(name);
    }
}
