package com.ssprviewer.ui.print;

import com.ssprviewer.report.print.PrinterLookup;
import com.ssprviewer.report.print.ReportPrinter;
import com.ssprviewer.sample.SampleSpec;
import com.ssprviewer.ui.common.AppLanguage;
import com.ssprviewer.ui.common.AppPreferences;
import com.ssprviewer.ui.common.MemoryPreferences;
import com.ssprviewer.ui.shell.FileDialogs;
import com.ssprviewer.ui.shell.NavItem;
import com.ssprviewer.ui.shell.ViewerWindow;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import javafx.util.Duration;

/**
 * Opens the window on the sample exports and the print preview of the Overview, for looking at it (screenshots
 * under Xvfb). Arguments: {@code sv} for Swedish, {@code dialog} to open the Print dialog too,
 * {@code noprinter} for a computer without printers; it quits after
 * {@code -Dpreview.seconds} (default 20).
 */
public final class PrintPreviewDemo extends Application {
    private ViewerWindow window;

    /** Starts the demo from the class path (the launcher refuses an Application subclass as main class there). */
    public static final class Main {
        private Main() {
        }

        public static void main(String[] args) {
            Application.launch(PrintPreviewDemo.class, args);
        }
    }

    @Override
    public void start(Stage stage) throws Exception {
        Path tmp = Files.createTempDirectory("print-demo");
        AppPreferences preferences = new AppPreferences(new MemoryPreferences());
        if (getParameters().getRaw().contains("sv")) {
            preferences.setLanguage(AppLanguage.SWEDISH);
        }
        window = new ViewerWindow(stage, preferences, FileDialogs.system(), tmp.resolve("sample"),
                SampleSpec.of(3, 12, 8), printer(), Clock.system(ZoneOffset.UTC));
        stage.setScene(window.createScene(1280, 800));
        stage.show();
        window.open(tmp.resolve("store"));
        after(2, () -> window.actions().importFiles(PreviewFixture.EXPORTS.stream()
                .map(PreviewFixture.SAMPLES::resolve).toList()));
        after(6, () -> {
            window.model().navigate(NavItem.OVERVIEW);
            window.actions().print(window.model().blades().last().orElseThrow());
        });
        if (getParameters().getRaw().contains("dialog")) {
            after(10, () -> window.printing().openPreview().ifPresent(PrintPreview::print));
        }
        after(Integer.getInteger("preview.seconds", 20), Platform::exit);
    }

    @Override
    public void stop() {
        window.shutdown();
    }

    private ReportPrinter printer() {
        return getParameters().getRaw().contains("noprinter")
                ? new ReportPrinter(PrinterLookup.of(List.of()), java.time.Duration.ofSeconds(5)) : new ReportPrinter();
    }

    private static void after(int seconds, Runnable action) {
        new Timeline(new KeyFrame(Duration.seconds(seconds), event -> action.run())).play();
    }
}
