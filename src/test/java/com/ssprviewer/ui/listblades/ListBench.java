package com.ssprviewer.ui.listblades;

import static com.ssprviewer.ui.common.FxWait.fx;
import static com.ssprviewer.ui.common.FxWait.waitUntil;

import com.ssprviewer.model.Status;
import com.ssprviewer.store.Store;
import com.ssprviewer.store.api.EventRow;
import com.ssprviewer.store.query.EventSort;
import com.ssprviewer.ui.common.AppPreferences;
import com.ssprviewer.ui.common.BackgroundExecutor;
import com.ssprviewer.ui.common.MemoryPreferences;
import com.ssprviewer.ui.common.StoreAccess;
import com.ssprviewer.ui.lists.ListBlade;
import com.ssprviewer.ui.lists.ListContext;
import com.ssprviewer.ui.shell.FileDialogs;
import com.ssprviewer.ui.shell.NavItem;
import com.ssprviewer.ui.shell.PendingShellActions;
import com.ssprviewer.ui.shell.ShellModel;
import com.ssprviewer.ui.shell.ShellView;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.VirtualFlow;
import javafx.stage.Stage;

/**
 * The list figures of issue 3 on a store of 1,000,000 audit events, measured in the real window: first rows of the
 * Audit logs blade, a filter change, a sort change, scrolling top to bottom (longest gap between pulses of the wheel
 * phase and of the scroll-bar jump phase, each with what filled it: CSS and layout, GC pauses, the rest, and the CPU
 * time the FX thread got; {@code -Dbench.verbose=1} prints every gap over 50 ms) and heap in use. The store is built
 * once in {@code target/bench-lists}. Run under Xvfb after {@code mvn -o test-compile} and
 * {@code mvn -o dependency:build-classpath -Dmdep.outputFile=cp.txt}:
 * {@code xvfb-run -a java -Xmx512m -cp target/classes:target/test-classes:$(cat cp.txt)
 * 'com.ssprviewer.ui.listblades.ListBench$Main' [rows]}. Under Xvfb JavaFX renders in software, and the FX thread
 * waits for each frame to be drawn; on a busy machine that wait, not the list code, makes most of the long gaps.
 */
public final class ListBench extends Application {
    private static long rows = 1_000_000;
    private BackgroundExecutor worker;
    private ShellModel model;
    private PulseProbe probe;

    /** The entry point, apart from the Application so the JavaFX jars may sit on the class path. */
    public static final class Main {
        private Main() {
        }

        public static void main(String[] args) {
            if (args.length > 0) {
                rows = Long.parseLong(args[0]);
            }
            Application.launch(ListBench.class, args);
        }
    }

    @Override
    public void start(Stage stage) throws Exception {
        Path work = Path.of("target", "bench-lists");
        Files.createDirectories(work);
        worker = BackgroundExecutor.create("bench", 2);
        Store store = java.util.concurrent.CompletableFuture
                .supplyAsync(() -> com.ssprviewer.store.BenchAccess.generatedStore(work, rows)).get();
        model = new ShellModel(new AppPreferences(new MemoryPreferences()));
        ListBlades blades = new ListBlades(new ListContext(StoreAccess.of(store, worker), model.blades(),
                model.timeModeProperty(), model.status(), model.preferences(), (o, n) -> Optional.empty(),
                Clock.systemUTC()));
        model.register(NavItem.AUDIT_LOG, blades::auditLog);
        ShellView shell = new ShellView(model, new PendingShellActions(model.status()), FileDialogs.system(),
                stage::close);
        stage.setScene(shell.createScene(1280, 800));
        stage.show();
        probe = new PulseProbe(stage.getScene(), System.getProperty("bench.verbose") != null);
        Thread driver = new Thread(() -> drive(stage), "bench-driver");
        driver.setDaemon(true);
        driver.start();
    }

    @SuppressWarnings("unchecked")
    private void drive(Stage stage) {
        try {
            measure("open Audit logs: first rows", () -> model.navigate(NavItem.AUDIT_LOG), () -> shown(0));
            ListBlade<EventRow> blade = (ListBlade<EventRow>) fx(() -> model.blades().blades().get(0));
            System.out.printf("  %d events%n", fx(() -> blade.list().matchingProperty().get()));
            long t = fx(() -> {
                long start = System.nanoTime();
                blade.filters().statuses().add(Status.FAILURE);
                return start;
            });
            waitUntil("a failure first", () -> blade.list().loadedRow(0) != null
                    && blade.list().loadedRow(0).status() == Status.FAILURE, 30);
            System.out.printf("filter Status = Failure: first rows: %.0f ms%n", (System.nanoTime() - t) / 1e6);
            waitUntil("the filter", () -> shown(0) && blade.list().filter().statuses().contains(Status.FAILURE), 30);
            System.out.printf("filter Status = Failure: \"N of M\" counted: %.0f ms%n", (System.nanoTime() - t) / 1e6);
            measure("clear filters: new rows", () -> blade.filters().clear(),
                    () -> shown(0) && blade.list().filter().statuses().isEmpty());
            TableView<EventRow> table = blade.table().view();
            measure("sort by Target ascending: new rows", () -> {
                TableColumn<EventRow, ?> target = table.getColumns().get(7);
                target.setSortType(TableColumn.SortType.ASCENDING);
                table.getSortOrder().setAll(java.util.List.of(target));
            }, () -> shown(0) && blade.list().sort().field() == EventSort.TARGET);
            measure("sort by Date descending: new rows", () -> {
                TableColumn<EventRow, ?> date = table.getColumns().get(0);
                date.setSortType(TableColumn.SortType.DESCENDING);
                table.getSortOrder().setAll(java.util.List.of(date));
            }, () -> shown(0) && blade.list().sort().field() == EventSort.DATE);
            scroll(blade, table);
            System.gc();
            Thread.sleep(500);
            System.gc();
            Runtime rt = Runtime.getRuntime();
            System.out.printf("heap in use after scrolling: %d MB (max %d MB); pages in memory: %d%n",
                    (rt.totalMemory() - rt.freeMemory()) >> 20, rt.maxMemory() >> 20,
                    fx(() -> blade.list().pagesInMemory()));
        } catch (Exception e) {
            e.printStackTrace();
        } finally {
            Platform.runLater(Platform::exit);
        }
    }

    private void scroll(ListBlade<EventRow> blade, TableView<EventRow> table) throws Exception {
        VirtualFlow<?> flow = fx(() -> (VirtualFlow<?>) table.lookup(".virtual-flow"));
        fx(() -> {
            probe.reset();
            return null;
        });
        long t = System.nanoTime();
        probe.phase("wheel");
        for (int i = 0; i < 300; i++) {
            fx(() -> {
                flow.scrollPixels(90);
                return null;
            });
            Thread.sleep(16);
        }
        int size = fx(() -> blade.list().rows().size());
        PulseProbe.Gap overall = report("wheel phase");
        probe.phase("jumps");
        for (int k = 1; k <= 200; k++) {
            int index = (int) ((long) size * k / 200) - 1;
            fx(() -> {
                blade.table().scrollTo(index);
                return null;
            });
            Thread.sleep(16);
        }
        probe.phase("waiting for the last page");
        waitUntil("the last row", () -> blade.list().loadedRow(size - 1) != null, 60);
        PulseProbe.Gap jumps = report("jump phase");
        long longest = Math.max(overall.nanos(), jumps.nanos());
        System.out.printf("scroll: 300 wheel steps then 200 jumps to the last of %d rows in %.1f s;"
                + " longest gap between pulses %.1f ms%n", size, (System.nanoTime() - t) / 1e9, longest / 1e6);
    }

    /** Prints the longest gap of a phase (and what filled it) and starts measuring the next phase. */
    private PulseProbe.Gap report(String name) throws Exception {
        return fx(() -> {
            PulseProbe.Gap longest = probe.longest();
            System.out.printf("  %s: longest gap %.1f ms; that gap: %s; longest gap without GC: %s;"
                    + " longest CSS+layout pass %.1f ms; most FX thread CPU between two pulses %.1f ms%n", name,
                    longest.nanos() / 1e6, longest, probe.longestWithoutGc(), probe.longestLayoutNanos() / 1e6,
                    probe.mostCpuNanos() / 1e6);
            probe.reset();
            return longest;
        });
    }

    private boolean shown(int index) {
        ListBlade<?> blade = (ListBlade<?>) model.blades().blades().get(index);
        return !blade.list().loadingProperty().get() && blade.list().matchingProperty().get() >= 0
                && blade.list().loadedRow(0) != null;
    }

    private void measure(String name, Runnable action, BooleanSupplier done) throws Exception {
        long t = fx(() -> {
            long start = System.nanoTime();
            action.run();
            return start;
        });
        waitUntil("the scroll", done, 30);
        System.out.printf("%s: %.0f ms%n", name, (System.nanoTime() - t) / 1e6);
    }

    @Override
    public void stop() {
        worker.close();
    }
}
