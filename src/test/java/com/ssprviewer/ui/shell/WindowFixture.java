package com.ssprviewer.ui.shell;

import static com.ssprviewer.ui.common.FxWait.fx;
import static com.ssprviewer.ui.common.FxWait.onFx;
import static com.ssprviewer.ui.common.FxWait.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.ssprviewer.sample.SampleSpec;
import com.ssprviewer.ui.common.AppLanguage;
import com.ssprviewer.ui.common.AppPreferences;
import com.ssprviewer.ui.common.Blade;
import com.ssprviewer.ui.common.I18n;
import com.ssprviewer.ui.common.MemoryPreferences;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real window (store session, actions, blades) on a test stage, with in-memory preferences, temporary store
 * folders and a small sample. It records every exception that escapes on the FX thread, so a store call made
 * there (the store throws) fails the test in {@link #assertNoFxThreadFailures()}.
 */
final class WindowFixture {
    static final Path SAMPLES = Path.of("src", "test", "resources", "samples");
    static final SampleSpec SMALL_SAMPLE = SampleSpec.of(3, 12, 8);

    final Path storeDir;
    final Path sampleDir;
    final ViewerWindow window;
    final Stage stage;
    final List<Throwable> fxFailures = Collections.synchronizedList(new ArrayList<>());
    final List<String> statusMessages = Collections.synchronizedList(new ArrayList<>());
    List<Path> chosenFiles = List.of();
    /** The day the snapshot-day dialog answers; null answers Cancel. */
    volatile LocalDate snapshotDay;
    /** Each snapshot-day question asked: the file and the day offered. */
    final List<String> snapshotQuestions = Collections.synchronizedList(new ArrayList<>());
    /** The passphrases the passphrase dialog answers, in turn; when none is left it answers Cancel. */
    final Deque<String> passphrases = new ConcurrentLinkedDeque<>();
    /** What the passphrase dialog said above its field each time it asked ("" the first time). */
    final List<String> passphraseProblems = Collections.synchronizedList(new ArrayList<>());
    /** What the new-passphrase dialog answers, in turn ("" removes the encryption); when none is left, Cancel. */
    final Deque<String> newPassphrases = new ConcurrentLinkedDeque<>();

    /** What closing the window while work runs answers, in turn (true: cancel and close); when none is left, close. */
    final Deque<Boolean> closeAnswers = new ConcurrentLinkedDeque<>();
    /** The running tasks each such question named. */
    final List<List<String>> closeQuestions = Collections.synchronizedList(new ArrayList<>());

    /** The names the view-name dialog answers, in turn; when none is left it answers Cancel. */
    final Deque<String> viewNames = new ConcurrentLinkedDeque<>();
    /** What the replace-a-view and delete-a-view questions answer, in turn; when none is left, no. */
    final Deque<Boolean> viewAnswers = new ConcurrentLinkedDeque<>();
    /** Each view question asked: "replace NAME" or "delete NAME". */
    final List<String> viewQuestions = Collections.synchronizedList(new ArrayList<>());
    /** The file the view file choosers answer; null answers Cancel. */
    volatile Path viewFile;

    WindowFixture(Stage stage, Path tmp, AppPreferences preferences) {
        I18n.setLocale(AppLanguage.ENGLISH.locale());
        this.stage = stage;
        storeDir = tmp.resolve("own-store");
        sampleDir = tmp.resolve("sample-store");
        Thread.currentThread().setUncaughtExceptionHandler((thread, error) -> fxFailures.add(error));
        window = new ViewerWindow(stage, preferences, new FixedDialogs(), sampleDir, SMALL_SAMPLE);
        window.model().status().messageProperty().addListener((obs, old, now) -> statusMessages.add(now));
        stage.setScene(window.createScene(1280, 800));
        stage.show();
    }

    WindowFixture(Stage stage, Path tmp) {
        this(stage, tmp, new AppPreferences(new MemoryPreferences()));
    }

    static Path sample(String name) {
        return SAMPLES.resolve(name);
    }

    /** Opens the fixture's own store and waits until the window shows its first blade after the start blade. */
    void openOwnStore() {
        onFx(() -> window.open(storeDir));
        waitUntil(() -> window.session().isOpen() && !window.actions().isBusy());
    }

    /** Opens the own store while something else holds it, and waits for the start blade to show the failure. */
    void openOwnStoreExpectingFailure() {
        onFx(() -> window.open(storeDir));
        waitUntil(() -> !window.actions().isBusy());
    }

    void importFiles(Path... files) {
        onFx(() -> window.actions().importFiles(List.of(files)));
    }

    void waitUntilIdle() {
        waitUntil(() -> !window.actions().isBusy() && window.session().previousClosed().isDone());
    }

    Blade lastBlade() {
        return fx(() -> window.model().blades().last().orElse(null));
    }

    /** Looks up a node in this fixture's window only (other test classes may leave windows open). */
    <T extends Node> T node(FxRobot robot, String query) {
        return robot.from(stage.getScene().getRoot()).lookup(query).query();
    }

    /**
     * Clicks a node of this window once its layout has settled: a freshly opened blade wraps its texts over a few
     * pulses, and a click aimed before that lands where the node used to be.
     */
    void click(FxRobot robot, String query) {
        Node target = node(robot, query);
        Bounds before = fx(() -> target.localToScreen(target.getBoundsInLocal()));
        for (int i = 0; i < 40; i++) {
            WaitForAsyncUtils.sleep(50, TimeUnit.MILLISECONDS);
            WaitForAsyncUtils.waitForFxEvents();
            Bounds now = fx(() -> target.localToScreen(target.getBoundsInLocal()));
            if (now.equals(before)) {
                break;
            }
            before = now;
        }
        robot.clickOn(target);
    }

    boolean has(FxRobot robot, String query) {
        return robot.from(stage.getScene().getRoot()).lookup(query).tryQuery().isPresent();
    }

    String text(FxRobot robot, String query) {
        return this.<Labeled>node(robot, query).getText();
    }

    void assertNoFxThreadFailures() {
        assertEquals(List.of(), List.copyOf(fxFailures), "exceptions escaped on the FX thread");
        for (String message : List.copyOf(statusMessages)) {
            if (message.contains("JavaFX application thread")) {
                throw new AssertionError("a store call ran on the FX thread: " + message);
            }
        }
    }

    /** Shuts the window's store and workers down; call from the test thread. */
    void close() {
        window.shutdown();
        onFx(stage::hide);
        onFx(() -> I18n.setLocale(AppLanguage.ENGLISH.locale()));
    }

    private final class FixedDialogs implements FileDialogs {
        @Override
        public List<Path> chooseImportFiles(Window owner) {
            return chosenFiles;
        }

        @Override
        public Optional<Path> chooseStoreDirectory(Window owner) {
            return Optional.empty();
        }

        @Override
        public Optional<LocalDate> chooseSnapshotDay(Window owner, Path file, LocalDate offered) {
            snapshotQuestions.add(file.getFileName() + " " + offered);
            return Optional.ofNullable(snapshotDay);
        }

        @Override
        public Optional<char[]> askPassphrase(Window owner, Path store, String problem) {
            passphraseProblems.add(problem == null ? "" : problem);
            return Optional.ofNullable(passphrases.poll()).map(String::toCharArray);
        }

        @Override
        public boolean confirmCloseWhileBusy(Window owner, List<String> running) {
            closeQuestions.add(List.copyOf(running));
            Boolean answer = closeAnswers.poll();
            return answer == null || answer;
        }

        @Override
        public Optional<String> askViewName(Window owner, String current) {
            return Optional.ofNullable(viewNames.poll());
        }

        @Override
        public boolean confirmReplaceView(Window owner, String name) {
            viewQuestions.add("replace " + name);
            return Boolean.TRUE.equals(viewAnswers.poll());
        }

        @Override
        public boolean confirmDeleteView(Window owner, String name) {
            viewQuestions.add("delete " + name);
            return Boolean.TRUE.equals(viewAnswers.poll());
        }

        @Override
        public Optional<Path> chooseViewFile(Window owner) {
            return Optional.ofNullable(viewFile);
        }

        @Override
        public Optional<Path> chooseViewTarget(Window owner, String suggestedName) {
            return Optional.ofNullable(viewFile);
        }

        @Override
        public Optional<NewPassphrase> askNewPassphrase(Window owner, Path store, boolean encrypted) {
            return Optional.ofNullable(newPassphrases.poll())
                    .map(p -> p.isEmpty() ? NewPassphrase.remove() : new NewPassphrase(p.toCharArray()));
        }
    }
}
