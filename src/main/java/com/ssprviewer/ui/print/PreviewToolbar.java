package com.ssprviewer.ui.print;

import java.util.function.DoubleSupplier;

import com.ssprviewer.report.document.PageSetup;
import com.ssprviewer.report.document.Paper;
import com.ssprviewer.ui.common.I18n;
import com.ssprviewer.ui.common.Styles;

import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Separator;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.util.StringConverter;

/**
 * The preview's tool bar: paper, orientation and margins (each change renders the report again), zoom, the page
 * count, and the two ways out: Save as PDF and Print. It binds to the {@link PreviewModel} and decides nothing.
 */
final class PreviewToolbar {
    private final PreviewModel model;
    private final DoubleSupplier availableWidth;
    private final HBox bar = new HBox();

    PreviewToolbar(PreviewModel model, DoubleSupplier availableWidth, Runnable print, Runnable save) {
        this.model = model;
        this.availableWidth = availableWidth;
        bar.getStyleClass().add(PrintStyles.TOOLBAR);
        Pane spacer = new Pane();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        bar.getChildren().addAll(paper(), orientation(), margins(), new Separator(javafx.geometry.Orientation.VERTICAL),
                zoom(), spacer, pageCount(), button("print-save-pdf", "print.saveAsPdf", save, false),
                button("print-print", "print.print", print, true));
    }

    HBox view() {
        return bar;
    }

    private Node paper() {
        ComboBox<Paper> paper = new ComboBox<>();
        paper.setId("print-paper");
        paper.getItems().setAll(Paper.values());
        paper.setConverter(converter(p -> p == Paper.A4 ? I18n.get("print.paper.a4") : I18n.get("print.paper.letter")));
        paper.setValue(model.getSetup().paper());
        paper.valueProperty().addListener((obs, old, now) -> model.setPaper(now));
        return group("print.paper", paper);
    }

    private Node orientation() {
        ToggleGroup group = new ToggleGroup();
        ToggleButton portrait = toggle("print-portrait", "print.orientation.portrait", group);
        ToggleButton landscape = toggle("print-landscape", "print.orientation.landscape", group);
        portrait.getStyleClass().add("left-pill");
        landscape.getStyleClass().add("right-pill");
        (model.getSetup().landscape() ? landscape : portrait).setSelected(true);
        group.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                old.setSelected(true);
            } else {
                model.setLandscape(now == landscape);
            }
        });
        HBox segment = new HBox(portrait, landscape);
        segment.getStyleClass().add(PrintStyles.SEGMENT);
        return group("print.orientation", segment);
    }

    private Node margins() {
        PageSetup setup = model.getSetup();
        Spinner<Integer> margins = new Spinner<>(new SpinnerValueFactory.IntegerSpinnerValueFactory(5, 50,
                Math.round(setup.marginMm()), 1));
        margins.setId("print-margins");
        margins.setEditable(true);
        margins.setPrefWidth(78);
        margins.valueProperty().addListener((obs, old, now) -> model.setMarginMm(now));
        return group("print.margins", margins);
    }

    private Node zoom() {
        ComboBox<Zoom> zoom = new ComboBox<>();
        zoom.setId("print-zoom");
        zoom.getItems().setAll(Zoom.choices());
        zoom.setConverter(converter(z -> z.fitWidth() ? I18n.get("print.zoom.fitWidth")
                : I18n.format("print.zoom.percent", z.percent())));
        zoom.setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(Zoom item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : zoom.getConverter().toString(item));
            }
        });
        zoom.valueProperty().bindBidirectional(model.zoomProperty());
        Button out = button("print-zoom-out", null, () -> model.zoomOut(availableWidth.getAsDouble()), false);
        out.setText("\u2212");
        tip(out, "print.zoom.out");
        Button in = button("print-zoom-in", null, () -> model.zoomIn(availableWidth.getAsDouble()), false);
        in.setText("+");
        tip(in, "print.zoom.in");
        HBox box = new HBox(4, out, zoom, in);
        box.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        return group("print.zoom", box);
    }

    private Node pageCount() {
        Label count = new Label();
        count.setId("print-page-count");
        count.getStyleClass().addAll(PrintStyles.PAGE_COUNT, Styles.MUTED);
        count.textProperty().bind(Bindings.createStringBinding(() -> switch (model.getPhase()) {
            case RENDERING -> I18n.get("print.rendering");
            case FAILED -> I18n.get("print.noPages");
            case READY -> I18n.format("print.pages", model.getPageCount());
        }, model.phaseProperty(), model.pageCountProperty(), I18n.localeProperty()));
        return count;
    }

    private Button button(String id, String key, Runnable action, boolean isDefault) {
        Button button = new Button();
        button.setId(id);
        if (key != null) {
            button.textProperty().bind(I18n.text(key));
            button.disableProperty().bind(model.readyProperty().not());
        }
        button.setDefaultButton(isDefault);
        button.setOnAction(event -> action.run());
        return button;
    }

    private static ToggleButton toggle(String id, String key, ToggleGroup group) {
        ToggleButton toggle = new ToggleButton();
        toggle.setId(id);
        toggle.textProperty().bind(I18n.text(key));
        toggle.setToggleGroup(group);
        return toggle;
    }

    private static Node group(String key, Node control) {
        Label label = new Label();
        label.textProperty().bind(I18n.text(key));
        label.getStyleClass().add(PrintStyles.TOOL_LABEL);
        label.setLabelFor(control);
        HBox group = new HBox(6, label, control);
        group.getStyleClass().add(PrintStyles.TOOL_GROUP);
        return group;
    }

    private static void tip(Button button, String key) {
        javafx.scene.control.Tooltip tip = new javafx.scene.control.Tooltip();
        tip.textProperty().bind(I18n.text(key));
        button.setTooltip(tip);
    }

    private static <T> StringConverter<T> converter(java.util.function.Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : text.apply(value);
            }

            @Override
            public T fromString(String string) {
                return null;
            }
        };
    }
}
