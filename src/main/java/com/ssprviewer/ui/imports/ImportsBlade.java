package com.ssprviewer.ui.imports;

import com.ssprviewer.store.api.ImportRecord;
import com.ssprviewer.ui.common.Blade;
import com.ssprviewer.ui.common.BladeNavigator;
import com.ssprviewer.ui.common.DataEvents;
import com.ssprviewer.ui.common.I18n;
import com.ssprviewer.ui.common.StatusModel;
import com.ssprviewer.ui.common.StoreAccess;
import com.ssprviewer.ui.common.Tasks;
import com.ssprviewer.ui.common.TimeFormat;
import com.ssprviewer.ui.common.TimeMode;
import com.ssprviewer.ui.removal.RemovalFlow;
import java.time.Clock;
import java.util.List;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;

/**
 * The Imports blade: every import of the open store, newest first, with its counts and outcome. Selecting one
 * opens its rejected rows beside it. It reloads (off the FX thread) whenever an import finishes or the store changes.
 */
public final class ImportsBlade implements Blade {
    /** The file column's least width, and the most its longest name widens it to. */
    private static final double FILE_MIN = 200;
    private static final double FILE_MAX = 340;
    private final StoreAccess access;
    private final DataEvents events;
    private final BladeNavigator navigator;
    private final ObservableValue<TimeMode> timeMode;
    private final RetentionBar retention;
    private final TableView<ImportRecord> table = new TableView<>();
    private final Label count = new Label();
    private final ChangeListener<Number> reload = (obs, old, now) -> load();
    private final ChangeListener<TimeMode> retime = (obs, old, now) -> table.refresh();
    private VBox view;

    /**
     * {@code status} shows a removal's progress and Cancel; {@code clock} gives the day retention counts back
     * from.
     */
    public ImportsBlade(StoreAccess access, DataEvents events, BladeNavigator navigator,
                        ObservableValue<TimeMode> timeMode, StatusModel status, Clock clock) {
        this(access, events, navigator, timeMode, new RemovalFlow(access, status, events::dataChanged), clock);
    }

    /** As above, with the removal flow given (tests answer its confirmation). */
    public ImportsBlade(StoreAccess access, DataEvents events, BladeNavigator navigator,
                        ObservableValue<TimeMode> timeMode, RemovalFlow removal, Clock clock) {
        this.access = access;
        this.events = events;
        this.navigator = navigator;
        this.timeMode = timeMode;
        this.retention = new RetentionBar(access, removal, clock);
    }

    @Override
    public String title() {
        return I18n.get("nav.imports");
    }

    @Override
    public String subtitle() {
        return I18n.get("blade.imports.subtitle");
    }

    @Override
    public double width() {
        return 640;
    }

    @Override
    public Node view() {
        if (view == null) {
            view = build();
            events.dataVersion().addListener(reload);
            timeMode.addListener(retime);
            load();
        }
        return view;
    }

    @Override
    public void onClose() {
        events.dataVersion().removeListener(reload);
        timeMode.removeListener(retime);
    }

    /** The rows shown, newest first (for tests and the count). */
    public List<ImportRecord> rows() {
        return List.copyOf(table.getItems());
    }

    private VBox build() {
        table.setId("imports-table");
        // columns keep their fitted widths (a narrow window scrolls sideways rather than hide or cut one); the file
        // takes what room is left
        table.widthProperty().addListener((obs, old, width) -> fitFile());
        for (ImportColumn column : ImportColumn.values()) {
            table.getColumns().add(column(column));
        }
        Label empty = new Label();
        empty.textProperty().bind(I18n.text("blade.imports.empty"));
        table.setPlaceholder(empty);
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, record) -> {
            if (record != null) {
                navigator.open(this, new RejectedRowsBlade(access, record));
            }
        });
        count.setId("imports-count");
        Button refresh = new Button();
        refresh.setId("imports-refresh");
        refresh.textProperty().bind(I18n.text("blade.imports.refresh"));
        refresh.setOnAction(event -> load());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox toolbar = new HBox(count, spacer, refresh);
        toolbar.getStyleClass().add(ImportStyles.TOOLBAR);
        VBox.setVgrow(table, Priority.ALWAYS);
        return new VBox(toolbar, retention.build(), readOnlyNotice(), table);
    }

    /** Says, while the store cannot be written, that imports are refused and why, in place of importing. */
    private Label readOnlyNotice() {
        Label notice = new Label();
        notice.setId("imports-read-only");
        notice.setWrapText(true);
        notice.textProperty().bind(I18n.text("blade.imports.readOnly"));
        notice.visibleProperty().bind(access.readOnlyProperty());
        notice.managedProperty().bind(notice.visibleProperty());
        return notice;
    }

    private TableColumn<ImportRecord, ImportRecord> column(ImportColumn spec) {
        TableColumn<ImportRecord, ImportRecord> column = new TableColumn<>();
        column.setId(spec.id());
        if (spec == ImportColumn.TIME) {
            column.textProperty().bind(TimeFormat.columnLabel(timeMode));
        } else {
            column.textProperty().bind(I18n.text(spec.titleKey()));
        }
        column.setPrefWidth(spec.width());
        column.setMinWidth(spec.flexible() ? 200 : spec.width());
        column.setCellValueFactory(cell -> new javafx.beans.property.ReadOnlyObjectWrapper<>(cell.getValue()));
        column.setComparator(spec.comparator());
        column.setCellFactory(c -> new ImportCell(spec, () -> TimeFormat.of(timeMode.getValue())));
        return column;
    }

    private void load() {
        retention.load();
        Tasks.create(() -> access.store().imports())
                .onSuccess(this::show)
                .onError(error -> count.setText(I18n.format("blade.imports.loadFailed", error.getMessage())))
                .runOnce(access.executor());
    }

    /**
     * Makes every column but the file's exactly as wide as its header or widest text, so no number, date or outcome
     * is ever cut; the file takes the rest.
     */
    private void fitColumns(List<ImportRecord> records) {
        TimeFormat time = TimeFormat.of(timeMode.getValue());
        for (int i = 0; i < ImportColumn.values().length; i++) {
            ImportColumn spec = ImportColumn.values()[i];
            TableColumn<ImportRecord, ?> column = table.getColumns().get(i);
            if (spec.flexible()) {
                fitFileNames(column, records);
                continue;
            }
            // a header holds its sort arrow too; a badge its rounded padding
            double widest = textWidth(column.getText()) + 34;
            for (ImportRecord r : records) {
                String text = spec == ImportColumn.OUTCOME
                        ? OutcomeBadge.of(ImportCell.outcomeOf(r), r.rejected(), null).getText() : spec.text(r, time);
                widest = Math.max(widest, textWidth(text) + (spec == ImportColumn.OUTCOME ? 44 : 24));
            }
            column.setMinWidth(widest);
            column.setPrefWidth(widest);
        }
        fitFile();
    }

    /**
     * The file column is at least as wide as its longest name and format (up to a limit), so a name reads whole; a
     * narrow window scrolls the table sideways instead.
     */
    private static void fitFileNames(TableColumn<ImportRecord, ?> file, List<ImportRecord> records) {
        double widest = 0;
        for (ImportRecord r : records) {
            widest = Math.max(widest, Math.max(textWidth(r.fileName()),
                    textWidth(ImportTexts.formatOfCode(r.formatCode()))));
        }
        file.setMinWidth(Math.max(FILE_MIN, Math.min(FILE_MAX, Math.ceil(widest + 24))));
    }

    private void fitFile() {
        double others = 0;
        TableColumn<ImportRecord, ?> file = null;
        for (int i = 0; i < ImportColumn.values().length; i++) {
            if (ImportColumn.values()[i].flexible()) {
                file = table.getColumns().get(i);
            } else {
                others += table.getColumns().get(i).getWidth();
            }
        }
        if (file != null) {
            // the scroll bar's room
            file.setPrefWidth(Math.max(file.getMinWidth(), table.getWidth() - others - 18));
        }
    }

    private static double textWidth(String text) {
        return new Text(text == null ? "" : text).getLayoutBounds().getWidth();
    }

    private void show(List<ImportRecord> records) {
        ImportRecord selected = table.getSelectionModel().getSelectedItem();
        table.getItems().setAll(records);
        fitColumns(records);
        count.setText(I18n.format("blade.imports.count", records.size()));
        if (selected != null) {
            records.stream().filter(r -> r.id() == selected.id()).findFirst()
                    .ifPresent(r -> table.getSelectionModel().select(r));
        }
    }
}
