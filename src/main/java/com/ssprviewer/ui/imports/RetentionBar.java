package com.ssprviewer.ui.imports;

import com.ssprviewer.store.Store;
import com.ssprviewer.ui.common.BoundTextCell;
import com.ssprviewer.ui.common.I18n;
import com.ssprviewer.ui.common.StoreAccess;
import com.ssprviewer.ui.common.Tasks;
import com.ssprviewer.ui.removal.RemovalFlow;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;

/**
 * The store's retention setting in the Imports blade: keep everything, or the last N months (every import then
 * removes what is older), saved with the store; and Remove now, which shows what is older and removes it once
 * confirmed.
 */
final class RetentionBar {

    /** The choices offered; a setting made on the command line joins them. 0 stands for keeping everything. */
    private static final int[] MONTHS = {0, 1, 3, 6, 12, 18, 24, 36, 60, 84};

    private final StoreAccess access;
    private final RemovalFlow removal;
    private final Clock clock;
    private final ComboBox<Integer> keep = new ComboBox<>();
    private final Button removeNow = new Button();
    private boolean showing;

    RetentionBar(StoreAccess access, RemovalFlow removal, Clock clock) {
        this.access = access;
        this.removal = removal;
        this.clock = clock;
    }

    HBox build() {
        Label label = new Label();
        label.textProperty().bind(I18n.text("blade.imports.retention.label"));
        keep.setId("retention-keep");
        for (int m : MONTHS) {
            keep.getItems().add(m);
        }
        keep.setCellFactory(list -> new BoundTextCell<>(RetentionBar::choice));
        keep.setButtonCell(new BoundTextCell<>(RetentionBar::choice));
        keep.valueProperty().addListener((obs, old, now) -> {
            if (!showing && now != null) {
                save(now);
            }
        });
        removeNow.setId("retention-remove-now");
        removeNow.textProperty().bind(I18n.text("blade.imports.retention.removeNow"));
        removeNow.disableProperty().bind(keep.valueProperty().isNull().or(keep.valueProperty().isEqualTo(0))
                .or(access.readOnlyProperty()));
        removeNow.setOnAction(e -> removeOlder());
        keep.disableProperty().bind(access.readOnlyProperty());
        HBox bar = new HBox(label, keep, removeNow);
        bar.getStyleClass().add(ImportStyles.TOOLBAR);
        return bar;
    }

    /** Reads the store's setting (off the FX thread) and shows it. */
    void load() {
        Tasks.create(() -> access.store().keepMonths())
                .onSuccess(this::show)
                .onError(e -> { })
                .runOnce(access.executor());
    }

    private void show(Optional<Integer> months) {
        int value = months.orElse(0);
        showing = true;
        if (!keep.getItems().contains(value)) {
            keep.getItems().add(value);
            keep.getItems().sort(Integer::compare);
        }
        keep.setValue(value);
        showing = false;
    }

    private void save(int months) {
        Tasks.create(() -> {
            access.store().keepMonths(months == 0 ? null : months);
            return months;
        }).onError(e -> load()).runOnce(access.executor());
    }

    private void removeOlder() {
        LocalDate cutOff = Store.retentionCutOff(LocalDate.now(clock.withZone(ZoneOffset.UTC)), keep.getValue());
        removal.start(store -> store.removeOlderThan(cutOff, false),
                (store, progress) -> store.removeOlderThan(cutOff, true, progress),
                "removal.retention.title", "removal.retention.header", cutOff.toString(), "removal.retention.running");
    }

    /** "Keep everything", or "Last N months". */
    private static ObservableStringValue choice(Integer months) {
        return months == 0 ? I18n.text("blade.imports.retention.off")
                : I18n.text("blade.imports.retention.months", months);
    }
}
