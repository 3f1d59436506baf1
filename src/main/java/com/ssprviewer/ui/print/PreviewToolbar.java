package com.ssprviewer.ui.print;

import com.ssprviewer.report.document.PageSetup;
import com.ssprviewer.report.document.Paper;
import com.ssprviewer.ui.common.I18n;
import java.util.function.DoubleSupplier;
import java.util.function.Function;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
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
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.util.StringConverter;

/**
 * The preview's tool bar: paper, orientation and margins (each change renders the report again), zoom, and the two
 * ways out: Save as PDF and Print. It binds to the {@link PreviewModel} and decides nothing.
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
        bar.getChildren().addAll(paper(), orientation(), margins(), new Separator(Orientation.VERTICAL), zoom(),
                spacer, button("print-save-pdf", "print.saveAsPdf", save, false),
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
        paper.setMinWidth(Region.USE_PREF_SIZE);
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
        return segment;
    }

    private Node margins() {
        PageSetup setup = model.getSetup();
        Spinner<Integer> margins = new Spinner<>(new SpinnerValueFactory.IntegerSpinnerValueFactory(5, 50,
                Math.round(setup.marginMm()), 1));
        margins.setId("print-margins");
        margins.setEditable(true);
        margins.setPrefWidth(72);
        margins.setMinWidth(Region.USE_PREF_SIZE);
        margins.valueProperty().addListener((obs, old, now) -> model.setMarginMm(now));
        Label unit = new Label();
        unit.textProperty().bind(I18n.text("print.margins.unit"));
        unit.getStyleClass().add(PrintStyles.TOOL_LABEL);
        unit.setMinWidth(Region.USE_PREF_SIZE);
        HBox box = new HBox(4, margins, unit);
        box.setAlignment(Pos.CENTER_LEFT);
        return group("print.margins", box);
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
        zoom.accessibleTextProperty().bind(I18n.text("print.zoom"));
        zoom.setPrefWidth(140);
        zoom.setMinWidth(Region.USE_PREF_SIZE);
        Button out = button("print-zoom-out", null, () -> model.zoomOut(availableWidth.getAsDouble()), false);
        out.setText("\u2212");
        tip(out, "print.zoom.out");
        Button in = button("print-zoom-in", null, () -> model.zoomIn(availableWidth.getAsDouble()), false);
        in.setText("+");
        tip(in, "print.zoom.in");
        HBox box = new HBox(4, out, zoom, in);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private Button button(String id, String key, Runnable action, boolean isDefault) {
        Button button = new Button();
        button.setId(id);
        if (key != null) {
            button.textProperty().bind(I18n.text(key));
            button.disableProperty().bind(model.readyProperty().not());
        }
        button.setDefaultButton(isDefault);
        button.setMinWidth(Region.USE_PREF_SIZE);
        button.setOnAction(event -> action.run());
        return button;
    }

    private static ToggleButton toggle(String id, String key, ToggleGroup group) {
        ToggleButton toggle = new ToggleButton();
        toggle.setId(id);
        toggle.textProperty().bind(I18n.text(key));
        toggle.setToggleGroup(group);
        toggle.setMinWidth(Region.USE_PREF_SIZE);
        return toggle;
    }

    private static Node group(String key, Node control) {
        Label label = new Label();
        label.textProperty().bind(I18n.text(key));
        label.getStyleClass().add(PrintStyles.TOOL_LABEL);
        label.setLabelFor(control);
        label.setMinWidth(Region.USE_PREF_SIZE);
        HBox group = new HBox(6, label, control);
        group.getStyleClass().add(PrintStyles.TOOL_GROUP);
        return group;
    }

    private static void tip(Button button, String key) {
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(I18n.text(key));
        button.setTooltip(tip);
    }

    private static <T> StringConverter<T> converter(Function<T, String> text) {
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
