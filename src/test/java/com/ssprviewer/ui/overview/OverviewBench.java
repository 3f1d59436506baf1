package com.ssprviewer.ui.overview;

import static com.ssprviewer.ui.common.FxWait.fx;
import static com.ssprviewer.ui.common.FxWait.waitUntil;

import com.ssprviewer.insight.Summaries;
import com.ssprviewer.sample.SampleSpec;
import com.ssprviewer.store.Store;
import com.ssprviewer.store.query.EventFilter;
import com.ssprviewer.ui.common.AppPreferences;
import com.ssprviewer.ui.common.BackgroundExecutor;
import com.ssprviewer.ui.common.DataEvents;
import com.ssprviewer.ui.common.MemoryPreferences;
import com.ssprviewer.ui.common.StoreAccess;
import com.ssprviewer.ui.listblades.ListBlades;
import com.ssprviewer.ui.lists.ListContext;
import com.ssprviewer.ui.shell.FileDialogs;
import com.ssprviewer.ui.shell.NavItem;
import com.ssprviewer.ui.shell.PendingShellActions;
import com.ssprviewer.ui.shell.ShellModel;
import com.ssprviewer.ui.shell.ShellView;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.stage.Stage;

/**
 * The Overview figure of issue 4 on a store of 1,000,000 audit events, in the real window: the time from opening the
 * Overview (range "All", clock at the end of the generated data) until its tiles and six charts are drawn and the
 * next frame is rendered, over several openings (median, min, max), with the longest gap between frames while it
 * opens (the FX thread's share). It also times the parts apart: {@code Summaries.compute} (what {@code summary}
 * runs) and {@code OverviewLoader.load} (summary and chart series in one pass) on a background thread. The store is
 * built once in {@code target/bench-overview}. Run under Xvfb after {@code mvn -o test-compile} and
 * {@code mvn -o dependency:build-classpath -Dmdep.outputFile=target/cp.txt}:
 * {@code xvfb-run -a java -Xmx512m -cp target/classes:target/test-classes:$(cat target/cp.txt)
 * 'com.ssprviewer.ui.overview.OverviewBench$Main' [events] [openings]}; {@code -Dbench.holdSeconds=N} keeps the
 * window open afterwards for a screenshot.
 */
public final class OverviewBench extends Application {
    private static long rows = 1_000_000;
    private static int openings = 9;
    private BackgroundExecutor worker;
    private ShellModel model;
    private Store store;
    private volatile long lastPulse;
    private volatile long longestGap;
    private volatile long pulses;

    /** The entry point, apart from the Application so the JavaFX jars may sit on the class path. */
    public static final class Main {
        private Main() {
        }

        public static void main(String[] args) {
            if (args.length > 0) {
                rows = Long.parseLong(args[0]);
            }
            if (args.length > 1) {
                openings = Integer.parseInt(args[1]);
            }
            Application.launch(OverviewBench.class, args);
        }
    }

    @Override
    public void start(Stage stage) throws Exception {
        Path work = Path.of("target", "bench-overview");
        Files.createDirectories(work);
        worker = BackgroundExecutor.create("bench", 2);
        store = CompletableFuture.supplyAsync(() -> com.ssprviewer.store.BenchAccess.generatedStore(work, rows)).get();
        model = new ShellModel(new AppPreferences(new MemoryPreferences()));
        ListBlades lists = new ListBlades(new ListContext(StoreAccess.of(store, worker), model.blades(),
                model.timeModeProperty(), model.status(), model.preferences(), (o, n) -> Optional.empty(),
                Clock.fixed(SampleSpec.DEFAULT_END, ZoneOffset.UTC)));
        DataEvents events = new DataEvents();
        model.register(NavItem.OVERVIEW, () -> new OverviewBlade(lists, events));
        ShellView shell = new ShellView(model, new PendingShellActions(model.status()), FileDialogs.system(),
                stage::close);
        stage.setScene(shell.createScene(1280, 900));
        stage.show();
        new AnimationTimer() {
            @Override
            public void handle(long now) {
                long before = lastPulse;
                if (before != 0) {
                    longestGap = Math.max(longestGap, now - before);
                }
                lastPulse = now;
                pulses++;
            }
        }.start();
        Thread driver = new Thread(this::drive, "bench-driver");
        driver.setDaemon(true);
        driver.start();
    }

    private void drive() {
        try {
            background();
            long[] shown = new long[openings];
            long[] gaps = new long[openings];
            for (int i = 0; i < openings; i++) {
                long t = fx(() -> {
                    longestGap = 0;
                    long start = System.nanoTime();
                    model.navigate(NavItem.OVERVIEW);
                    return start;
                });
                waitUntil("tiles and charts", this::drawn, 60);
                long drawnPulses = pulses;
                waitUntil("the next frame", () -> pulses > drawnPulses, 10);
                shown[i] = System.nanoTime() - t;
                gaps[i] = longestGap;
                System.out.printf("  opening %d: tiles and charts shown in %.0f ms (longest frame gap %.0f ms)%n",
                        i + 1, shown[i] / 1e6, gaps[i] / 1e6);
            }
            figures("Overview opened, tiles and all charts shown", shown);
            figures("longest gap between frames while opening", gaps);
            System.out.println(fx(this::describe));
            Thread.sleep(Long.getLong("bench.holdSeconds", 0) * 1000);
        } catch (Exception e) {
            e.printStackTrace();
        } finally {
            Platform.runLater(Platform::exit);
        }
    }

    /** The aggregation apart from the window: what {@code summary} runs, and the Overview's one pass. */
    private void background() {
        long[] summary = new long[openings];
        long[] loader = new long[openings];
        for (int i = 0; i < openings; i++) {
            long t = System.nanoTime();
            Summaries.compute(store, EventFilter.NONE, SampleSpec.DEFAULT_END);
            summary[i] = System.nanoTime() - t;
            t = System.nanoTime();
            OverviewLoader.load(store, EventFilter.NONE, SampleSpec.DEFAULT_END, ZoneOffset.UTC);
            loader[i] = System.nanoTime() - t;
        }
        figures("Summaries.compute (summary)", summary);
        figures("OverviewLoader.load (summary and chart series)", loader);
    }

    private boolean drawn() {
        if (model.blades().blades().isEmpty() || !(model.blades().blades().get(0) instanceof OverviewBlade)) {
            return false;
        }
        OverviewBlade blade = (OverviewBlade) model.blades().blades().get(0);
        if (blade.data() == null) {
            return false;
        }
        Node charts = blade.view().lookup("#overview-charts");
        return charts != null && charts.lookupAll("." + OverviewCharts.CARD).size() == 6;
    }

    private String describe() {
        OverviewBlade blade = (OverviewBlade) model.blades().blades().get(0);
        OverviewData d = blade.data();
        return String.format("  %d events, %d attempts, %d days in the per-day chart, %d registered users",
                d.summary().events(), d.summary().attempts(), d.outcomesPerDay().size(),
                d.summary().registeredUsers());
    }

    private static void figures(String name, long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        System.out.printf("%s: median %.0f ms, min %.0f ms, max %.0f ms (%d runs)%n", name,
                sorted[sorted.length / 2] / 1e6, sorted[0] / 1e6, sorted[sorted.length - 1] / 1e6, sorted.length);
    }

    @Override
    public void stop() {
        worker.close();
        CompletableFuture.runAsync(store::close).join();
    }
}
