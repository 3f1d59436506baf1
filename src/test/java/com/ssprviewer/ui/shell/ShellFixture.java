package com.ssprviewer.ui.shell;

import com.ssprviewer.ui.common.AppLanguage;
import com.ssprviewer.ui.common.AppPreferences;
import com.ssprviewer.ui.common.I18n;
import com.ssprviewer.ui.common.MemoryPreferences;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.testfx.api.FxRobot;

/** The real shell on a test stage, with in-memory preferences, recorded actions and fixed file dialogs. */
final class ShellFixture {
    static final List<Path> CHOSEN = List.of(Path.of("a.csv"), Path.of("b.json"));
    static final Path OTHER_STORE = Path.of("other-store");

    final ShellModel model;
    final RecordingActions actions = new RecordingActions();
    final Stage stage;

    ShellFixture(Stage stage) {
        I18n.setLocale(AppLanguage.ENGLISH.locale());
        this.stage = stage;
        model = new ShellModel(new AppPreferences(new MemoryPreferences()));
        model.storeNameProperty().set("contoso");
        ShellView view = new ShellView(model, actions, new FixedDialogs(), stage::close);
        stage.setScene(view.createScene(1200, 700));
        stage.titleProperty().bind(model.titleProperty());
        stage.show();
    }

    static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Labeled.class).getText();
    }

    /** File dialogs that "choose" fixed answers without opening a native window. */
    private static final class FixedDialogs implements FileDialogs {
        @Override
        public List<Path> chooseImportFiles(Window owner) {
            return CHOSEN;
        }

        @Override
        public Optional<Path> chooseStoreDirectory(Window owner) {
            return Optional.of(OTHER_STORE);
        }
    }
}
