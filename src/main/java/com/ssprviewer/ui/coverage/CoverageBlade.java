package com.ssprviewer.ui.coverage;

import com.ssprviewer.insight.Coverage;
import com.ssprviewer.insight.CoverageFigure;
import com.ssprviewer.insight.CoverageList;
import com.ssprviewer.model.UserRegistration;
import com.ssprviewer.report.CoverageTiles;
import com.ssprviewer.report.ReportBlade;
import com.ssprviewer.report.ReportTexts;
import com.ssprviewer.report.document.Tile;
import com.ssprviewer.store.Store;
import com.ssprviewer.ui.common.Blade;
import com.ssprviewer.ui.common.DataEvents;
import com.ssprviewer.ui.common.I18n;
import com.ssprviewer.ui.common.ReportSource;
import com.ssprviewer.ui.common.Styles;
import com.ssprviewer.ui.common.ValueNames;
import com.ssprviewer.ui.listblades.ListBlades;
import com.ssprviewer.ui.lists.ListContext;
import com.ssprviewer.ui.overview.DisagreementsBlade;
import com.ssprviewer.ui.overview.OverviewBlade;
import com.ssprviewer.ui.overview.TileView;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.WeakChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * Registration coverage of the newest snapshot or a chosen one: the numbers as tiles with their share of members,
 * members per method, the lists admins chase (with the users whose events and snapshots disagree), the changes since
 * the previous snapshot and the trend. Every number opens its users beside this blade. The numbers come from
 * {@code insight.Coverages}, as {@code coverage} prints them.
 */
public final class CoverageBlade implements Blade, ReportSource {
    private final ListBlades lists;
    private final ListContext context;
    private final DataEvents events;
    private final CoverageModel model;
    private final Map<CoverageFigure, TileView> tiles = new EnumMap<>(CoverageFigure.class);
    private final CoverageSections sections = new CoverageSections(this::openMethod, this::openList,
            this::openDisagreements);
    private final ComboBox<LocalDate> chooser = new ComboBox<>();
    private final Label empty = new Label();
    private final Label error = new Label();
    private final ChangeListener<Object> reload = (o, was, now) -> model().load();
    private final ChangeListener<Locale> relabel = (o, was, now) -> show(model().dataProperty().get());
    private VBox body;
    private ScrollPane view;
    private boolean choosing;

    public CoverageBlade(ListBlades lists, DataEvents events) {
        this.lists = lists;
        this.context = lists.context();
        this.events = events;
        this.model = new CoverageModel(context.access());
    }

    @Override
    public String title() {
        return I18n.get("coverage.title");
    }

    @Override
    public String subtitle() {
        return I18n.get("coverage.subtitle");
    }

    @Override
    public double width() {
        return 960;
    }

    public CoverageModel model() {
        return model;
    }

    @Override
    public Node view() {
        if (view == null) {
            view = build();
            model.dataProperty().addListener((o, was, now) -> show(now));
            model.disagreementsProperty().addListener((o, was, now) -> sections.showDisagreements(now.intValue()));
            model.errorProperty().addListener((o, was, now) -> {
                error.setText(now.isEmpty() ? "" : I18n.format("coverage.failed", now));
                error.setVisible(!now.isEmpty());
            });
            // Weak: the locale is static and a window's blades may never be closed one by one.
            events.dataVersion().addListener(new WeakChangeListener<>(reload));
            I18n.localeProperty().addListener(new WeakChangeListener<>(relabel));
            model.load();
        }
        return view;
    }

    @Override
    public void onClose() {
        model.close();
    }

    @Override
    public ReportBlade reportBlade() {
        return ReportBlade.COVERAGE;
    }

    /** The snapshot shown, so the printed coverage is of the same day; null before one is shown (the newest). */
    @Override
    public Instant reportAsOf() {
        CoverageData d = model.dataProperty().get();
        return d == null || d.coverage() == null ? null : d.coverage().snapshot().atStartOfDay(ZoneOffset.UTC)
                .toInstant();
    }

    /** The number a tile shows, as shown. */
    public String tileValue(CoverageFigure figure) {
        return tiles.get(figure).value();
    }

    static String id(CoverageFigure f) {
        return "coverage-" + f.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Opens the users a tile counts beside this blade, once they are read. */
    public void openFigure(CoverageFigure figure) {
        CoverageData d = model.dataProperty().get();
        if (d != null && d.coverage() != null) {
            LocalDate day = d.coverage().snapshot();
            open(CoverageTiles.label(figure, texts()), day, store -> CoverageUsers.of(store, day, figure));
        }
    }

    private void openMethod(String method) {
        LocalDate day = model.dataProperty().get().coverage().snapshot();
        open(I18n.format("coverage.method.users", ValueNames.registeredMethod(method)), day,
                store -> CoverageUsers.withMethod(store, day, method));
    }

    private void openList(CoverageList list) {
        Coverage c = model.dataProperty().get().coverage();
        open(CoverageTiles.label(list, texts()), list.fromPrevious() ? c.changes().previous() : c.snapshot(),
                store -> CoverageUsers.of(store, c, list));
    }

    /** Opens the users whose registration events and snapshots disagree beside this blade. */
    public void openDisagreements() {
        context.navigator().open(this, new DisagreementsBlade(lists));
    }

    private void open(String title, LocalDate day, Function<Store, List<UserRegistration>> users) {
        model.readUsers(users, read -> context.navigator().open(this, new CoverageUsersBlade(context, title, day,
                read)));
    }

    private ScrollPane build() {
        chooser.setId("coverage-snapshot");
        chooser.setOnAction(e -> {
            if (!choosing && chooser.getValue() != null) {
                model.choose(chooser.getValue());
            }
        });
        Label chooserLabel = new Label();
        chooserLabel.setId("coverage-chooser-label");
        chooserLabel.textProperty().bind(I18n.text("coverage.chooser"));
        Label note = new Label();
        note.setId("coverage-note");
        note.textProperty().bind(I18n.text("coverage.ofMembers"));
        note.getStyleClass().add(Styles.MUTED);
        HBox bar = new HBox(8, chooserLabel, chooser, note);
        bar.setAlignment(Pos.CENTER_LEFT);
        GridPane grid = new GridPane();
        grid.setId("coverage-tiles");
        grid.setHgap(12);
        grid.setVgap(12);
        for (CoverageFigure f : CoverageFigure.values()) {
            TileView tile = new TileView(id(f), () -> openFigure(f));
            tiles.put(f, tile);
            grid.add(tile.node(), f.ordinal() % 4, f.ordinal() / 4);
        }
        for (int first = 0; first < CoverageFigure.values().length; first += 4) {
            TileView.lineUp(List.of(CoverageFigure.values()).subList(first,
                    Math.min(first + 4, CoverageFigure.values().length)).stream().map(tiles::get).toList());
        }
        for (int i = 0; i < 4; i++) {
            ColumnConstraints c = new ColumnConstraints();
            c.setPercentWidth(25);
            c.setHgrow(Priority.ALWAYS);
            grid.getColumnConstraints().add(c);
        }
        empty.setId("coverage-empty");
        empty.setWrapText(true);
        empty.getStyleClass().add(Styles.EMPTY_HINT);
        error.setId("coverage-error");
        error.getStyleClass().add(Styles.DANGER);
        for (Label l : List.of(empty, error)) {
            l.managedProperty().bind(l.visibleProperty());
            l.setVisible(false);
        }
        HBox middle = new HBox(12, sections.methods(), sections.lists());
        middle.getChildren().forEach(n -> HBox.setHgrow(n, Priority.ALWAYS));
        body = new VBox(16, grid, middle, sections.trend());
        body.managedProperty().bind(body.visibleProperty());
        VBox content = new VBox(16, bar, error, empty, body);
        content.setPadding(new Insets(16));
        content.getStyleClass().add("overview");
        content.getStylesheets().add(OverviewBlade.class.getResource(OverviewBlade.STYLESHEET).toExternalForm());
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.setId("coverage-blade");
        return scroll;
    }

    private void show(CoverageData d) {
        if (d == null) {
            return;
        }
        choosing = true;
        try {
            chooser.getItems().setAll(d.days());
            chooser.setValue(d.coverage() == null ? null : d.coverage().snapshot());
        } finally {
            choosing = false;
        }
        boolean none = d.coverage() == null;
        empty.setText(I18n.get("coverage.empty"));
        empty.setVisible(none);
        body.setVisible(!none);
        if (none) {
            return;
        }
        ReportTexts t = texts();
        List<Tile> shown = CoverageTiles.tiles(d.coverage(), t);
        for (CoverageFigure f : CoverageFigure.values()) {
            tiles.get(f).show(shown.get(f.ordinal()));
        }
        sections.show(d.coverage(), t);
    }

    private static ReportTexts texts() {
        return new ReportTexts(I18n.getLocale());
    }
}
