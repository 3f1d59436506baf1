package com.ssprviewer.bench;

import com.ssprviewer.insight.CoverageFigure;
import com.ssprviewer.sample.SampleSpec;
import com.ssprviewer.ui.common.AppPreferences;
import com.ssprviewer.ui.common.MemoryPreferences;
import com.ssprviewer.ui.coverage.CoverageBlade;
import com.ssprviewer.ui.shell.FileDialogs;
import com.ssprviewer.ui.shell.ViewerWindow;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.control.ButtonBase;
import javafx.stage.Stage;

/**
 * Times, in a fresh process, what a person waits for in the window: from the click on Registration coverage to its
 * numbers on screen, on the store named by the first argument. The window is the application's own, opened on the
 * store; the click comes once the store is open and the first view has settled. Prints the seconds.
 */
public final class CoverageWindowTiming {

    private CoverageWindowTiming() {
    }

    public static void main(String[] args) throws Exception {
        Path store = Path.of(args[0]);
        Path samples = Files.createTempDirectory("sample");
        CompletableFuture<ViewerWindow> opened = new CompletableFuture<>();
        Stage[] stages = new Stage[1];
        Platform.startup(() -> {
            Stage stage = new Stage();
            stages[0] = stage;
            ViewerWindow window = new ViewerWindow(stage, new AppPreferences(new MemoryPreferences()),
                    FileDialogs.system(), samples, SampleSpec.defaults());
            stage.setScene(window.createScene(1240, 800));
            stage.show();
            window.open(store);
            opened.complete(window);
        });
        ViewerWindow window = opened.get(30, TimeUnit.SECONDS);
        waitFor(() -> !window.model().blades().blades().isEmpty());
        Thread.sleep(3000);
        CompletableFuture<Double> shown = new CompletableFuture<>();
        Platform.runLater(() -> {
            long t0 = System.nanoTime();
            ((ButtonBase) stages[0].getScene().lookup("#nav-coverage")).fire();
            new AnimationTimer() {
                @Override
                public void handle(long now) {
                    if (!window.model().blades().blades().isEmpty()
                            && window.model().blades().blades().get(0) instanceof CoverageBlade blade
                            && blade.model().dataProperty().get() != null
                            && !blade.tileValue(CoverageFigure.MEMBERS).isEmpty()) {
                        stop();
                        // The numbers are set; the next pulse puts them on screen.
                        Platform.runLater(() -> shown.complete((System.nanoTime() - t0) / 1e9));
                    }
                }
            }.start();
        });
        System.out.printf("%.3f%n", shown.get(60, TimeUnit.SECONDS));
        Platform.runLater(() -> {
            window.shutdown();
            Platform.exit();
        });
        System.exit(0);
    }

    private static void waitFor(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!condition.getAsBoolean() && System.nanoTime() < until) {
            Thread.sleep(50);
        }
    }
}
