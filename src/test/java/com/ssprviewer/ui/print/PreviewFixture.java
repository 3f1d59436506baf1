package com.ssprviewer.ui.print;

import static com.ssprviewer.ui.common.FxWait.fx;
import static com.ssprviewer.ui.common.FxWait.onFx;
import static com.ssprviewer.ui.common.FxWait.waitUntil;

import com.ssprviewer.report.print.ReportPrinter;
import com.ssprviewer.sample.SampleSpec;
import com.ssprviewer.ui.common.AppLanguage;
import com.ssprviewer.ui.common.AppPreferences;
import com.ssprviewer.ui.common.I18n;
import com.ssprviewer.ui.common.MemoryPreferences;
import com.ssprviewer.ui.shell.FileDialogs;
import com.ssprviewer.ui.shell.NavItem;
import com.ssprviewer.ui.shell.ViewerWindow;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.testfx.api.FxRobot;

/**
 * The real window on a test stage with a store imported from the sample exports, the Overview open, a fixed clock,
 * a given printer and a save dialog that answers with {@link #pdfTarget}. Records exceptions escaping on the FX
 * thread.
 */
final class PreviewFixture {
    static final Path SAMPLES = Path.of("src", "test", "resources", "samples");
    static final Instant NOW = Instant.parse("2025-03-26T12:00:00Z");
    static final List<String> EXPORTS = List.of("classic-password-reset-activity.csv",
            "classic-registration-activity.csv", "audit-logs-download.csv", "audit-logs-download.json",
            "graph-directoryAudits-page1.json", "graph-directoryAudits-page2.json");

    final ViewerWindow window;
    final Stage stage;
    final Path storeDir;
    final List<Throwable> fxFailures = Collections.synchronizedList(new ArrayList<>());
    volatile Path pdfTarget;

    PreviewFixture(Stage stage, Path tmp, ReportPrinter printer) {
        I18n.setLocale(AppLanguage.ENGLISH.locale());
        this.stage = stage;
        this.storeDir = tmp.resolve("store");
        Thread.currentThread().setUncaughtExceptionHandler((thread, error) -> fxFailures.add(error));
        window = new ViewerWindow(stage, new AppPreferences(new MemoryPreferences()), new SaveDialogs(),
                tmp.resolve("sample-store"), SampleSpec.of(3, 12, 8), printer, Clock.fixed(NOW, ZoneOffset.UTC));
        stage.setScene(window.createScene(1280, 800));
        stage.show();
    }

    /** Opens the store, imports every sample export and shows the Overview. */
    void openOverviewOfSamples() {
        onFx(() -> window.open(storeDir));
        waitUntil(() -> window.session().isOpen() && !window.actions().isBusy());
        onFx(() -> window.actions().importFiles(EXPORTS.stream().map(SAMPLES::resolve).toList()));
        waitUntil(() -> !window.actions().isBusy());
        onFx(() -> window.model().navigate(NavItem.OVERVIEW));
    }

    /** Presses Ctrl+P in the main window and waits until the preview shows its first pages. */
    PrintPreview pressCtrlP(FxRobot robot) {
        onFx(stage::requestFocus);
        robot.press(KeyCode.CONTROL, KeyCode.P).release(KeyCode.P, KeyCode.CONTROL);
        waitUntil(() -> window.printing().openPreview().isPresent());
        PrintPreview preview = fx(() -> window.printing().openPreview().orElseThrow());
        waitUntilReady(preview);
        return preview;
    }

    static void waitUntilReady(PrintPreview preview) {
        waitUntil(() -> preview.model().readyProperty().get());
    }

    <T extends Node> T node(FxRobot robot, Window window, String query) {
        return robot.from(window.getScene().getRoot()).lookup(query).query();
    }

    <T extends Node> Optional<T> find(FxRobot robot, Window window, String query) {
        return robot.from(window.getScene().getRoot()).lookup(query).tryQuery();
    }

    String status() {
        return fx(() -> window.model().status().getMessage());
    }

    void close() {
        onFx(() -> window.printing().openPreview().ifPresent(PrintPreview::close));
        window.shutdown();
        onFx(() -> {
            stage.hide();
            I18n.setLocale(AppLanguage.ENGLISH.locale());
        });
    }

    private final class SaveDialogs implements FileDialogs {
        @Override
        public List<Path> chooseImportFiles(Window owner) {
            return List.of();
        }

        @Override
        public Optional<Path> chooseStoreDirectory(Window owner) {
            return Optional.empty();
        }

        @Override
        public Optional<Path> choosePdfTarget(Window owner, String suggestedName) {
            return Optional.ofNullable(pdfTarget);
        }
    }
}
