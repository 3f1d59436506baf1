package com.ssprviewer.ui.shots;

import static com.ssprviewer.ui.common.FxWait.fx;
import static com.ssprviewer.ui.common.FxWait.onFx;

import com.ssprviewer.importer.ExportFormats;
import com.ssprviewer.report.print.ReportPrinter;
import com.ssprviewer.sample.SampleGenerator;
import com.ssprviewer.sample.SampleSpec;
import com.ssprviewer.store.Store;
import com.ssprviewer.ui.common.AppLanguage;
import com.ssprviewer.ui.common.AppPreferences;
import com.ssprviewer.ui.common.MemoryPreferences;
import com.ssprviewer.ui.common.Theme;
import com.ssprviewer.ui.shell.FileDialogs;
import com.ssprviewer.ui.shell.ViewerWindow;
import com.ssprviewer.work.Progress;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;

/**
 * Takes screenshots of every blade of the real window, headless: light and dark, English and Swedish, at 1024x768
 * and 1600x1000, on a store filled with the generated sample plus the shared samples' broken and refused files.
 * Writes {@code target/screenshots/<size>-<theme>-<lang>-<blade>.png}. Run with
 * {@code mvn -B -o -Pbench test-compile exec:exec -Dbench.main=com.ssprviewer.ui.shots.Screenshots}; an argument
 * such as {@code 1024} or {@code dark} keeps only the combinations whose name holds it.
 */
public final class Screenshots {
    static final Path OUT = Path.of("target", "screenshots");
    private static final Path SAMPLES = Path.of("src", "test", "resources", "samples");
    private static final List<String> SHARED_FILES = List.of("broken-rows.csv", "not-an-export.txt");
    private static final int[][] SIZES = {{1024, 768}, {1600, 1000}};

    private Screenshots() {
    }

    public static void main(String[] args) throws Exception {
        // headless, as the tests run: Monocle with a screen wide enough for the largest window
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("headless.geometry", "1920x1200-32");
        System.setProperty("prism.order", "sw");
        System.setProperty("prism.text", "t2k");
        System.setProperty("java.awt.headless", "true");
        Path work = Files.createTempDirectory("sspr-shots-");
        Path storeDir = work.resolve("store");
        fill(storeDir, work.resolve("exports"));
        Files.createDirectories(OUT);
        String only = args.length > 0 ? args[0] : "";
        CompletableFuture<Void> started = new CompletableFuture<>();
        Platform.startup(() -> started.complete(null));
        // each combination closes its window before the next opens; the toolkit stays for the next
        Platform.setImplicitExit(false);
        started.get(30, TimeUnit.SECONDS);
        List<Path> written = new ArrayList<>();
        for (int[] size : SIZES) {
            for (Theme theme : Theme.values()) {
                for (AppLanguage language : List.of(AppLanguage.ENGLISH, AppLanguage.SWEDISH)) {
                    String prefix = size[0] + "x" + size[1] + "-" + theme.name().toLowerCase(Locale.ROOT) + "-"
                            + language.locale().getLanguage();
                    if (prefix.contains(only)) {
                        written.addAll(shoot(storeDir, work, prefix, size, theme, language));
                    }
                }
            }
        }
        written.forEach(System.out::println);
        System.out.println(written.size() + " screenshots in " + OUT.toAbsolutePath());
        Platform.exit();
        System.exit(0);
    }

    /** One window in one size, theme and language, taken round every blade. */
    private static List<Path> shoot(Path storeDir, Path work, String prefix, int[] size, Theme theme,
                                    AppLanguage language) throws IOException {
        AppPreferences preferences = new AppPreferences(new MemoryPreferences());
        preferences.setLanguage(language);
        preferences.setTheme(theme);
        Stage stage = fx(Stage::new);
        ViewerWindow window = fx(() -> new ViewerWindow(stage, preferences, FileDialogs.system(),
                work.resolve("sample-store"), SampleSpec.defaults(), new ReportPrinter(),
                Clock.fixed(SampleSpec.DEFAULT_END, ZoneOffset.UTC)));
        onFx(() -> {
            stage.setScene(window.createScene(size[0], size[1]));
            stage.setX(0);
            stage.setY(0);
            stage.show();
            window.open(storeDir);
        });
        List<Path> files = new ArrayList<>();
        try {
            new Tour(window, stage).visit((blade, scene) -> files.add(save(scene, prefix + "-" + blade)));
        } finally {
            window.shutdown();
            onFx(stage::close);
        }
        return files;
    }

    private static Path save(Scene scene, String name) {
        WritableImage image = fx(() -> scene.snapshot(null));
        int width = (int) image.getWidth();
        int height = (int) image.getHeight();
        int[] argb = new int[width * height];
        image.getPixelReader().getPixels(0, 0, width, height, PixelFormat.getIntArgbInstance(), argb, 0, width);
        BufferedImage png = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        png.setRGB(0, 0, width, height, argb, 0, width);
        Path file = OUT.resolve(name + ".png");
        try {
            ImageIO.write(png, "png", file.toFile());
        } catch (IOException e) {
            throw new IllegalStateException("cannot write " + file, e);
        }
        return file;
    }

    /** The generated sample (with snapshots and policy changes) plus a file with rejected rows and a refused one. */
    private static void fill(Path storeDir, Path exports) throws Exception {
        Files.createDirectories(exports);
        List<Path> files = new ArrayList<>(new SampleGenerator(SampleSpec.defaults()).writeAll(exports, Progress.NONE));
        for (String name : SHARED_FILES) {
            files.add(Files.copy(SAMPLES.resolve(name), exports.resolve(name), StandardCopyOption.REPLACE_EXISTING));
        }
        try (Store store = Store.open(storeDir)) {
            for (Path file : files) {
                store.importFile(file, ExportFormats.opener(), Progress.NONE);
            }
        }
    }
}
