package com.ssprviewer.ui.shell;

import com.ssprviewer.report.print.ReportPrinter;
import com.ssprviewer.sample.SampleSpec;
import com.ssprviewer.ui.common.AppPreferences;
import com.ssprviewer.ui.common.BackgroundExecutor;
import com.ssprviewer.ui.common.Blade;
import com.ssprviewer.ui.coverage.CoverageBlade;
import com.ssprviewer.ui.imports.ImportsBlade;
import com.ssprviewer.ui.listblades.ListBlades;
import com.ssprviewer.ui.lists.CsvTarget;
import com.ssprviewer.ui.lists.ListBlade;
import com.ssprviewer.ui.lists.ListContext;
import com.ssprviewer.ui.overview.OverviewBlade;
import com.ssprviewer.ui.print.ReportPrinting;
import java.nio.file.Path;
import java.time.Clock;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * The whole window wired together: shell model and view, the store session with its workers, the real actions and
 * the feature blades. {@link ViewerApp} builds one on the primary stage; tests build one on a test stage with
 * in-memory preferences and temporary store folders. Feature blades are registered with {@link #model()} and read
 * the store through {@link #session()}.
 */
public final class ViewerWindow {
    /** The view a store with data opens on. */
    static final NavItem FIRST_VIEW = NavItem.OVERVIEW;

    private final ShellModel model;
    private final StoreSession session;
    private final ReportPrinting printing;
    private final AppActions actions;
    private final ShellView view;
    private final CloseGuard closeGuard;

    public ViewerWindow(Stage stage, AppPreferences preferences, FileDialogs dialogs, Path sampleStore,
                        SampleSpec sampleSpec) {
        this(stage, preferences, dialogs, sampleStore, sampleSpec, new ReportPrinter(), Clock.systemUTC());
    }

    /** A window printing on {@code printer} and stamping reports with {@code clock}'s time (tests fix both). */
    public ViewerWindow(Stage stage, AppPreferences preferences, FileDialogs dialogs, Path sampleStore,
                        SampleSpec sampleSpec, ReportPrinter printer, Clock clock) {
        model = new ShellModel(preferences);
        session = new StoreSession(BackgroundExecutor.create("viewer-worker", 2));
        printing = new ReportPrinting(session, model.status(), model.timeModeProperty(), model.storeNameProperty(),
                printer, dialogs::choosePdfTarget, clock);
        actions = new AppActions(model, session, dialogs, () -> stage, sampleStore, sampleSpec, printing);
        closeGuard = new CloseGuard(stage, model.status(), dialogs::confirmCloseWhileBusy);
        view = new ShellView(model, actions, dialogs, closeGuard::requestClose);
        model.register(NavItem.IMPORTS,
                () -> new ImportsBlade(session, session.events(), model.blades(), model.timeModeProperty(),
                        model.status(), clock));
        ListBlades lists = new ListBlades(new ListContext(session, model.blades(), model.timeModeProperty(),
                model.status(), preferences, CsvTarget.system(), clock, actions::chooseAndImport),
                session.events()::dataChanged);
        model.register(NavItem.OVERVIEW, () -> new OverviewBlade(lists, session.events()));
        model.register(NavItem.AUDIT_LOG, lists::auditLog);
        model.register(NavItem.RESETS, lists::resets);
        model.register(NavItem.REGISTRATIONS, lists::registrations);
        model.register(NavItem.POLICY, lists::policy);
        model.register(NavItem.COVERAGE, () -> new CoverageBlade(lists, session.events()));
        model.registerViews(lists::open);
        lists.onSaveView(actions.savedViews()::save);
        session.events().dataVersion().addListener((o, was, now) -> refreshOpenLists());
        stage.titleProperty().bind(model.titleProperty());
    }

    /** After an import or a store switch every open list shows the store as it is now. */
    private void refreshOpenLists() {
        for (Blade blade : model.blades().blades()) {
            if (blade instanceof ListBlade<?> list) {
                list.refresh();
            }
        }
    }

    /** The scene to put on the stage. */
    public Scene createScene(double width, double height) {
        return view.createScene(width, height);
    }

    /** Opens the store in {@code storeDir} in the background; the window shows progress, then data or a welcome. */
    public void open(Path storeDir) {
        actions.openStore(storeDir);
    }

    public ShellModel model() {
        return model;
    }

    public StoreSession session() {
        return session;
    }

    public AppActions actions() {
        return actions;
    }

    /** Print previews of this window. */
    public ReportPrinting printing() {
        return printing;
    }

    /**
     * Closes the window as its close button does: while work runs it asks first, then cancels the work and closes
     * once the work has ended. FX thread.
     */
    public void requestClose() {
        closeGuard.requestClose();
    }

    /** Cancels running work, lets it undo itself, closes the store (releasing its files) and stops the workers. */
    public void shutdown() {
        actions.shutdown();
        view.close();
    }

    /** Closes the open store when the program is ended from outside; called off the FX thread, which is gone then. */
    public void closeStoreAtExit() {
        session.closeAtExit();
    }
}
