package com.ssprviewer.ui.overview;

import com.ssprviewer.insight.Disagreements;
import com.ssprviewer.report.OverviewTiles;
import com.ssprviewer.report.ReportBlade;
import com.ssprviewer.report.ReportTexts;
import com.ssprviewer.report.document.Tile;
import com.ssprviewer.store.query.EventFilter;
import com.ssprviewer.ui.common.Blade;
import com.ssprviewer.ui.common.DataEvents;
import com.ssprviewer.ui.common.I18n;
import com.ssprviewer.ui.common.ReportSource;
import com.ssprviewer.ui.common.RunningTask;
import com.ssprviewer.ui.common.Styles;
import com.ssprviewer.ui.common.Tasks;
import com.ssprviewer.ui.listblades.ListBlades;
import com.ssprviewer.ui.lists.ListContext;
import java.time.Instant;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.WeakChangeListener;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/**
 * The nine answers at a glance and the reset charts, over one date range and "as of" moment. Every number comes
 * from the summary the command line prints ({@code report.OverviewTiles} formats the tiles for both screen and
 * print), computed in a background task; every tile, slice and bar opens the list behind it beside this blade.
 */
public final class OverviewBlade implements Blade, ReportSource {
    /** The tiles' and charts' styles, shared with the Registration coverage blade. */
    public static final String STYLESHEET = "/com/ssprviewer/ui/overview/overview.css";
    /** Nine answers in three full rows: the registration tiles first, then the resets, then the rest. */
    static final int COLUMNS = 3;

    private final ListBlades lists;
    private final ListContext context;
    private final DataEvents events;
    private final Map<OverviewTile, TileView> tiles = new EnumMap<>(OverviewTile.class);
    private final ChangeListener<Object> reload = (o, was, now) -> load();
    private final ChangeListener<Locale> relabel = (o, was, now) -> redraw();
    private final PeriodBar periodBar = new PeriodBar(OverviewPeriod.DEFAULT, p -> load());
    private final OverviewCharts charts;
    private final Label error = new Label();
    private final Hyperlink disagree = new Hyperlink();
    private ScrollPane view;
    private OverviewData data;
    /** Users whose events and snapshots disagree, as the Registration coverage blade counts them; -1 until known. */
    private int disagreements = -1;
    private RunningTask running;
    private long generation;
    private boolean closed;

    public OverviewBlade(ListBlades lists, DataEvents events) {
        this.lists = lists;
        this.context = lists.context();
        this.events = events;
        this.charts = new OverviewCharts(this::open);
    }

    @Override
    public String title() {
        return I18n.get("overview.title");
    }

    @Override
    public String subtitle() {
        return I18n.get("overview.subtitle");
    }

    @Override
    public double width() {
        return 940;
    }

    @Override
    public Node view() {
        if (view == null) {
            view = build();
            // Weak: the locale is static and a window's blades may never be closed one by one.
            events.dataVersion().addListener(new WeakChangeListener<>(reload));
            context.timeMode().addListener(new WeakChangeListener<>(reload));
            I18n.localeProperty().addListener(new WeakChangeListener<>(relabel));
            load();
        }
        return view;
    }

    @Override
    public void onClose() {
        closed = true;
        if (running != null) {
            running.cancel();
        }
    }

    /** The answers shown now, or null while the first load runs. */
    @Override
    public ReportBlade reportBlade() {
        return ReportBlade.OVERVIEW;
    }

    /** The date range chosen on the Overview, so the printed answers cover what the screen shows. */
    @Override
    public EventFilter reportFilter() {
        ZoneId zone = context.zone();
        OverviewPeriod period = periodBar.period();
        return period.window(period.asOf(context.clock(), zone), zone);
    }

    public OverviewData data() {
        return data;
    }

    /** The number a tile shows, as shown. */
    public String tileValue(OverviewTile tile) {
        return tiles.get(tile).value();
    }

    /** Opens the list behind a tile, slice or bar beside this blade. */
    public void open(Drill drill) {
        context.navigator().open(this, bladeFor(drill));
    }

    /** Opens the users whose registration events and snapshots disagree beside this blade. */
    public void openDisagreements() {
        context.navigator().open(this, new DisagreementsBlade(lists));
    }

    Blade bladeFor(Drill drill) {
        EventFilter f = drill.filter();
        return switch (drill.target()) {
            case RESETS -> lists.resets(f);
            case REGISTRATIONS -> lists.registrations(f);
            case REGISTERED_USERS -> new RegisteredUsersBlade(lists, data.summary().registrations(),
                    data.registeredData(), f);
            case SUSPICIOUS -> new SuspiciousBlade(lists, data.summary().suspicious(), f);
            case POLICY -> lists.policy(f);
        };
    }

    private ScrollPane build() {
        GridPane grid = new GridPane();
        grid.setId("overview-tiles");
        grid.setHgap(12);
        grid.setVgap(12);
        for (OverviewTile tile : OverviewTile.values()) {
            TileView v = new TileView(tile, () -> {
                if (data != null) {
                    open(Drilldowns.forTile(tile, data));
                }
            });
            tiles.put(tile, v);
            int row = tile.ordinal() / COLUMNS;
            // The first row holds the registration tiles; the link to their disagreements sits right under them.
            grid.add(v.node(), tile.ordinal() % COLUMNS, row == 0 ? 0 : row + 1);
        }
        for (int first = 0; first < OverviewTile.values().length; first += COLUMNS) {
            TileView.lineUp(List.of(OverviewTile.values()).subList(first, first + COLUMNS).stream().map(tiles::get)
                    .toList());
        }
        disagree.setId("overview-disagree");
        disagree.setOnAction(e -> openDisagreements());
        disagree.managedProperty().bind(disagree.visibleProperty());
        disagree.setVisible(false);
        grid.add(disagree, 0, 1, COLUMNS, 1);
        for (int i = 0; i < COLUMNS; i++) {
            grid.getColumnConstraints().add(OverviewCharts.evenColumn(COLUMNS));
        }
        error.getStyleClass().add(Styles.DANGER);
        error.setId("overview-error");
        error.managedProperty().bind(error.visibleProperty());
        error.setVisible(false);
        VBox content = new VBox(16, periodBar.node(), error, grid, charts.node());
        content.setPadding(new Insets(16));
        content.getStyleClass().add("overview");
        content.getStylesheets().add(OverviewBlade.class.getResource(STYLESHEET).toExternalForm());
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.setId("overview-blade");
        return scroll;
    }

    private void load() {
        if (closed) {
            return;
        }
        long mine = ++generation;
        if (running != null) {
            running.cancel();
        }
        ZoneId zone = context.zone();
        OverviewPeriod period = periodBar.period();
        Instant asOf = period.asOf(context.clock(), zone);
        EventFilter window = period.window(asOf, zone);
        periodBar.loading(true);
        running = Tasks.create(() -> OverviewLoader.load(context.access().store(), window, asOf, zone))
                .onSuccess(d -> {
                    if (mine == generation) {
                        error.setVisible(false);
                        data = d;
                        redraw();
                        countDisagreements(mine, d);
                    }
                })
                .onError(e -> {
                    if (mine == generation) {
                        error.setText(I18n.format("overview.failed", String.valueOf(e.getMessage())));
                        error.setVisible(true);
                    }
                })
                .andFinally(() -> periodBar.loading(mine != generation))
                .runOnce(context.access().executor());
    }

    /**
     * Counts the users whose registration events and snapshots disagree with the same answer the Registration
     * coverage blade shows ({@code Disagreements.compute}), after the numbers: it reads every snapshot's rows of the
     * users with registration events. The link stays hidden until then, and when no user disagrees.
     */
    private void countDisagreements(long mine, OverviewData d) {
        disagreements = -1;
        disagree.setVisible(false);
        if (d.snapshot() == null) {
            return;
        }
        Tasks.create(() -> Disagreements.compute(context.access().store()).size())
                .onSuccess(n -> {
                    if (mine == generation) {
                        disagreements = n;
                        showDisagreements();
                    }
                })
                .runOnce(context.access().executor());
    }

    private void showDisagreements() {
        disagree.setText(disagreements > 0 ? I18n.format("disagree.link", disagreements) : "");
        disagree.setVisible(disagreements > 0);
    }

    /** How many users the link under the registration tiles names; -1 while counted or without a snapshot. */
    public int disagreements() {
        return disagreements;
    }

    private void redraw() {
        if (data == null) {
            return;
        }
        List<Tile> shown = OverviewTiles.tiles(data.summary(), data.policyChanges(), data.snapshot(),
                new ReportTexts(I18n.getLocale()));
        for (OverviewTile tile : OverviewTile.values()) {
            Tile shownTile = shown.get(tile.ordinal());
            tiles.get(tile).show(tile == OverviewTile.RESETS ? ResetsWeek.explained(shownTile, data) : shownTile);
        }
        charts.show(data);
        showDisagreements();
    }
}
