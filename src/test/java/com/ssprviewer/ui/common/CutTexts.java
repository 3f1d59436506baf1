package com.ssprviewer.ui.common;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.text.Text;

/**
 * Finds the labels, links and buttons under a node that JavaFX draws cut: a text that does not fit its box is drawn
 * with an ellipsis in place of its end (or middle), so the text drawn differs from the label's own. Call on the FX
 * thread after a layout pass.
 */
public final class CutTexts {
    private CutTexts() {
    }

    /** "whole text -> as drawn" for every visible labelled node under {@code root} drawn cut. */
    public static List<String> under(Node root) {
        List<String> cut = new ArrayList<>();
        collect(root, cut);
        return cut;
    }

    private static void collect(Node node, List<String> cut) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof Labeled labeled && labeled.getText() != null && !labeled.getText().isEmpty()) {
            Node drawn = labeled.lookup(".text");
            if (drawn instanceof Text text && text.getParent() == labeled) {
                String whole = labeled.getText().replace('\n', ' ');
                String shown = text.getText().replace('\n', ' ');
                if (!whole.equals(shown)) {
                    cut.add(whole + " -> " + shown);
                }
            }
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                collect(child, cut);
            }
        }
    }
}
