package com.ssprviewer.ui.overview;

import com.ssprviewer.ui.common.BoundTextCell;
import com.ssprviewer.ui.common.Controls;
import com.ssprviewer.ui.common.I18n;
import java.util.function.Consumer;
import javafx.animation.PauseTransition;
import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.util.Duration;

/**
 * The Overview's one date range (a preset or custom days) and its "as of" day (empty = now); reports every change
 * as a new {@link OverviewPeriod}. Also holds the progress indicator shown while the answers load.
 */
final class PeriodBar {
    private final HBox box = new HBox(8);
    private final ComboBox<OverviewRange> range = new ComboBox<>();
    private final DatePicker from = Controls.datePicker(null);
    private final DatePicker to = Controls.datePicker(null);
    private final DatePicker asOf = Controls.datePicker(null);
    private final ProgressIndicator progress = new ProgressIndicator();
    private final Label loadingText = label("overview.loading");
    /** The spinner only for long loads: its animation costs a short load about a fifth of its time (issue 4 bench). */
    private final PauseTransition spinnerDelay = new PauseTransition(Duration.seconds(1));

    PeriodBar(OverviewPeriod initial, Consumer<OverviewPeriod> changed) {
        range.setId("overview-range");
        range.getItems().setAll(OverviewRange.values());
        range.setCellFactory(l -> new BoundTextCell<>(r -> I18n.text(r.key())));
        range.setButtonCell(new BoundTextCell<>(r -> I18n.text(r.key())));
        range.setValue(initial.range());
        from.setId("overview-from");
        to.setId("overview-to");
        asOf.setId("overview-as-of");
        asOf.promptTextProperty().bind(I18n.text("overview.asOf.now"));
        from.setPrefWidth(130);
        to.setPrefWidth(130);
        asOf.setPrefWidth(130);
        from.visibleProperty().bind(range.valueProperty().isEqualTo(OverviewRange.CUSTOM));
        from.managedProperty().bind(from.visibleProperty());
        to.visibleProperty().bind(from.visibleProperty());
        to.managedProperty().bind(from.visibleProperty());
        progress.setId("overview-progress");
        progress.setPrefSize(22, 22);
        progress.setVisible(false);
        progress.managedProperty().bind(progress.visibleProperty());
        loadingText.setId("overview-loading");
        loadingText.setVisible(false);
        spinnerDelay.setOnFinished(e -> progress.setVisible(true));
        Label rangeLabel = label("overview.range");
        Label asOfLabel = label("overview.asOf");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        box.getChildren().addAll(rangeLabel, range, from, to, asOfLabel, asOf, gap, loadingText, progress);
        box.setAlignment(Pos.CENTER_LEFT);
        box.getStyleClass().add("overview-period");
        Runnable fire = () -> changed.accept(period());
        range.valueProperty().addListener((o, was, now) -> fire.run());
        from.valueProperty().addListener((o, was, now) -> fire.run());
        to.valueProperty().addListener((o, was, now) -> fire.run());
        asOf.valueProperty().addListener((o, was, now) -> fire.run());
    }

    HBox node() {
        return box;
    }

    OverviewPeriod period() {
        return new OverviewPeriod(range.getValue(), from.getValue(), to.getValue(), asOf.getValue());
    }

    /** Shows "Loading..." at once, and a spinner too once a load takes longer than a second. */
    void loading(boolean on) {
        loadingText.setVisible(on);
        if (on) {
            spinnerDelay.playFromStart();
        } else {
            spinnerDelay.stop();
            progress.setVisible(false);
        }
    }

    private static Label label(String key) {
        Label l = new Label();
        l.textProperty().bind(I18n.text(key));
        return l;
    }
}
