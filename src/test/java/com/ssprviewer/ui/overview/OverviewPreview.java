package com.ssprviewer.ui.overview;

import com.ssprviewer.store.Store;
import com.ssprviewer.ui.common.AppPreferences;
import com.ssprviewer.ui.common.BackgroundExecutor;
import com.ssprviewer.ui.common.DataEvents;
import com.ssprviewer.ui.common.MemoryPreferences;
import com.ssprviewer.ui.common.StoreAccess;
import com.ssprviewer.ui.listblades.ListBlades;
import com.ssprviewer.ui.lists.ListContext;
import com.ssprviewer.ui.lists.SampleStore;
import com.ssprviewer.ui.shell.FileDialogs;
import com.ssprviewer.ui.shell.NavItem;
import com.ssprviewer.ui.shell.PendingShellActions;
import com.ssprviewer.ui.shell.ShellModel;
import com.ssprviewer.ui.shell.ShellView;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Optional;
import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import javafx.util.Duration;

/** Opens the shell on the Overview of the samples ("now" a week after them), for screenshots under Xvfb. */
public final class OverviewPreview extends Application {

    /** The entry point; a class apart from the Application so the JavaFX jars may sit on the class path. */
    public static final class Main {
        private Main() {
        }

        public static void main(String[] args) {
            Application.launch(OverviewPreview.class, args);
        }
    }

    @Override
    public void start(Stage stage) throws Exception {
        Path dir = Files.createTempDirectory("preview");
        BackgroundExecutor worker = BackgroundExecutor.create("preview", 2);
        Store store = java.util.concurrent.CompletableFuture.supplyAsync(() -> SampleStore.samples(dir)).get();
        ShellModel model = new ShellModel(new AppPreferences(new MemoryPreferences()));
        model.storeNameProperty().set("fabrikam samples");
        ListBlades lists = new ListBlades(new ListContext(StoreAccess.of(store, worker), model.blades(),
                model.timeModeProperty(), model.status(), model.preferences(), (o, n) -> Optional.empty(),
                Clock.fixed(OverviewWindow.NOW, ZoneOffset.UTC)));
        model.register(NavItem.OVERVIEW, () -> new OverviewBlade(lists, new DataEvents()));
        ShellView shell = new ShellView(model, new PendingShellActions(model.status()), FileDialogs.system(),
                stage::close);
        stage.setScene(shell.createScene(1600, 1000));
        stage.setX(0);
        stage.setY(0);
        stage.show();
        model.navigate(NavItem.OVERVIEW);
        PauseTransition pause = new PauseTransition(Duration.seconds(14));
        pause.setOnFinished(event -> Platform.exit());
        pause.play();
    }
}
