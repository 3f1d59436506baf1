package com.ssprviewer.ui.imports;

import com.ssprviewer.store.api.ImportResult;
import com.ssprviewer.ui.common.Blade;
import com.ssprviewer.ui.common.I18n;
import com.ssprviewer.ui.common.Styles;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * What one run of File > Import did: totals over all files, then per file its outcome, format, counts, the reason it
 * was refused or failed, and its rejected rows as {@code file:line: reason}. Built from finished results only, so it
 * never touches the store.
 */
public final class ImportSummaryBlade implements Blade {
    private final List<ImportResult> results;
    private ScrollPane view;

    public ImportSummaryBlade(List<ImportResult> results) {
        this.results = List.copyOf(results);
    }

    public List<ImportResult> results() {
        return results;
    }

    @Override
    public String title() {
        return I18n.get("blade.importSummary.title");
    }

    @Override
    public String subtitle() {
        return I18n.format("blade.importSummary.subtitle", results.size());
    }

    @Override
    public double width() {
        return 460;
    }

    @Override
    public Node view() {
        if (view == null) {
            VBox content = new VBox(totals());
            content.getStyleClass().add(ImportStyles.SUMMARY);
            for (int i = 0; i < results.size(); i++) {
                content.getChildren().add(new ResultCard(results.get(i), i));
            }
            view = new ScrollPane(content);
            view.setFitToWidth(true);
            view.setId("import-summary");
        }
        return view;
    }

    private HBox totals() {
        long read = 0;
        long added = 0;
        long duplicates = 0;
        long rejected = 0;
        for (ImportResult r : results) {
            read += r.rowsRead();
            added += r.eventsAdded();
            duplicates += r.duplicates();
            rejected += r.rejected();
        }
        HBox tiles = new HBox(
                tile("summary-total-read", "blade.importSummary.rowsRead", read),
                tile("summary-total-added", "blade.importSummary.added", added),
                tile("summary-total-duplicates", "blade.importSummary.duplicates", duplicates),
                tile("summary-total-rejected", "blade.importSummary.rejected", rejected));
        tiles.getStyleClass().add(ImportStyles.TILES);
        return tiles;
    }

    private static VBox tile(String id, String captionKey, long value) {
        Label number = new Label(ImportTexts.number(value));
        number.setId(id);
        number.getStyleClass().add(ImportStyles.TILE_VALUE);
        Label caption = new Label();
        caption.textProperty().bind(I18n.text(captionKey));
        caption.getStyleClass().add(Styles.MUTED);
        VBox tile = new VBox(number, caption);
        tile.getStyleClass().add(ImportStyles.TILE);
        tile.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(tile, Priority.ALWAYS);
        return tile;
    }
}
