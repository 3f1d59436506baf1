package com.ssprviewer.ui.overview;

import com.ssprviewer.report.document.Tile;
import com.ssprviewer.ui.common.I18n;
import java.text.NumberFormat;
import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * One answer as a card: what it counts, the number (grouped in the language's way, so 12,384 reads at a glance), and
 * up to three lines of context (the title takes two where it needs them), room for the snapshot's most registered
 * method beside the events' one (the top problem's wording can be longer still; the whole text is in the tooltip).
 * A button, so keys and clicks both open it. The Registration coverage blade shows its numbers with the same cards.
 */
public final class TileView {
    static final String TILE = "overview-tile";
    static final String TILE_LABEL = "tile-label";
    static final String TILE_VALUE = "tile-value";
    /** A value that is a name (e.g. the most used method) rather than a number: smaller, so it fits the tile. */
    static final String TILE_VALUE_WORDS = "tile-value-words";
    static final String TILE_CONTEXT = "tile-context";
    private static final double HEIGHT = 138;

    private final Button button = new Button();
    private final Label label = new Label();
    private final Label value = new Label("\u2013");
    private final Label context = new Label();
    private final Tooltip tooltip = new Tooltip();

    TileView(OverviewTile tile, Runnable open) {
        this(tile.id(), open);
    }

    /** A card with the stable node id {@code id}; {@code open} runs on click or key. */
    public TileView(String id, Runnable open) {
        label.getStyleClass().add(TILE_LABEL);
        // a long title (Swedish ones are) takes a second line rather than lose its last words to an ellipsis
        label.setWrapText(true);
        // a title given the height of a two-line neighbour stays at the top, level with the neighbour's first line
        label.setAlignment(Pos.TOP_LEFT);
        value.getStyleClass().add(TILE_VALUE);
        context.getStyleClass().add(TILE_CONTEXT);
        context.setTextOverrun(javafx.scene.control.OverrunStyle.ELLIPSIS);
        context.setWrapText(true);
        VBox box = new VBox(2, label, value, context);
        button.setGraphic(box);
        button.setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        button.getStyleClass().add(TILE);
        button.setId(id);
        button.setMaxWidth(Double.MAX_VALUE);
        button.setMinHeight(HEIGHT);
        button.setPrefHeight(HEIGHT);
        // Fills its row, so the tiles of a row stand equally tall when one of them needs more lines.
        button.setMaxHeight(Double.MAX_VALUE);
        // A narrow window wraps the context onto more lines: the tile grows by what the wrapped text needs.
        button.widthProperty().addListener((o, was, now) -> fit());
        context.textProperty().addListener((o, was, now) -> fit());
        label.textProperty().addListener((o, was, now) -> fit());
        label.minHeightProperty().addListener((o, was, now) -> fit());
        button.setTooltip(tooltip);
        button.setOnAction(e -> open.run());
    }

    private void fit() {
        Insets pad = button.getInsets();
        double width = button.getWidth() - pad.getLeft() - pad.getRight();
        if (width <= 0) {
            return;
        }
        double needed = pad.getTop() + pad.getBottom() + Math.max(label.getMinHeight(), label.prefHeight(width))
                + value.prefHeight(width)
                + context.prefHeight(width) + 2 * 2;
        double height = Math.max(HEIGHT, Math.ceil(needed));
        button.setMinHeight(height);
        button.setPrefHeight(height);
    }

    /**
     * Keeps the numbers of one row of tiles on one line: every title of the row stands as tall as the tallest of
     * them, so a title that wraps to a second line (a long or a Swedish one, a narrow window) does not push its number
     * below its neighbours'. Follows the tiles' widths and texts.
     */
    public static void lineUp(List<TileView> row) {
        Runnable fit = () -> {
            double tallest = 0;
            for (TileView tile : row) {
                tallest = Math.max(tallest, tile.titleHeight());
            }
            for (TileView tile : row) {
                tile.label.setMinHeight(tallest > 0 ? tallest : Region.USE_COMPUTED_SIZE);
            }
        };
        for (TileView tile : row) {
            tile.button.widthProperty().addListener((o, was, now) -> fit.run());
            tile.label.textProperty().addListener((o, was, now) -> fit.run());
            tile.label.fontProperty().addListener((o, was, now) -> fit.run());
        }
        fit.run();
    }

    /** The height the title needs at the tile's width; 0 before the tile is laid out. */
    private double titleHeight() {
        Insets pad = button.getInsets();
        double width = button.getWidth() - pad.getLeft() - pad.getRight();
        return width <= 0 ? 0 : label.prefHeight(width);
    }

    public Button node() {
        return button;
    }

    public void show(Tile tile) {
        label.setText(tile.label());
        boolean number = tile.value().matches("[0-9]{1,18}");
        value.setText(number ? NumberFormat.getIntegerInstance(I18n.getLocale()).format(Long.parseLong(tile.value()))
                : tile.value());
        boolean words = !number && !tile.value().matches("[0-9 ,.]*");
        value.getStyleClass().remove(TILE_VALUE_WORDS);
        if (words) {
            value.getStyleClass().add(TILE_VALUE_WORDS);
        }
        context.setText(tile.context());
        tooltip.setText(tile.label() + ": " + value.getText() + "\n" + tile.context());
    }

    public String value() {
        return value.getText();
    }
}
