package com.ssprviewer.ui.print;

import com.ssprviewer.ui.common.I18n;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.image.ImageView;
import javafx.scene.layout.StackPane;

/** One page of the preview: a sheet of paper the page's size, with the page's picture once it has been drawn. */
final class PageCell extends ListCell<Integer> {
    private final PageList pages;
    private final StackPane sheet = new StackPane();
    private final ImageView picture = new ImageView();
    private final Label drawing = new Label();
    private PageCache.Key wanted;

    PageCell(PageList pages) {
        this.pages = pages;
        getStyleClass().add(PrintStyles.PAGE_CELL);
        sheet.getStyleClass().add(PrintStyles.SHEET);
        picture.setSmooth(true);
        picture.setPreserveRatio(false);
        drawing.getStyleClass().add(PrintStyles.SHEET_HINT);
        sheet.getChildren().addAll(drawing, picture);
        setAlignment(Pos.CENTER);
    }

    @Override
    protected void updateItem(Integer page, boolean empty) {
        super.updateItem(page, empty);
        setText(null);
        if (empty || page == null) {
            wanted = null;
            setGraphic(null);
            return;
        }
        double scale = pages.pixelsPerPoint();
        PreviewModel model = pages.model();
        double width = Math.round(model.pageWidthPt() * scale);
        double height = Math.round(model.pageHeightPt() * scale);
        sheet.setId("print-page-" + (page + 1));
        sheet.setMinSize(width, height);
        sheet.setPrefSize(width, height);
        sheet.setMaxSize(width, height);
        picture.setFitWidth(width);
        picture.setFitHeight(height);
        drawing.setText(I18n.format("print.drawingPage", page + 1));
        wanted = pages.keyFor(page);
        picture.setImage(pages.picture(page, this::drawn));
        setGraphic(sheet);
    }

    private void drawn(PageCache.Key key) {
        if (key.equals(wanted)) {
            picture.setImage(pages.cached(key));
        }
    }
}
