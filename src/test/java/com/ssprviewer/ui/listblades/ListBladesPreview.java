package com.ssprviewer.ui.listblades;

import com.ssprviewer.store.Store;
import com.ssprviewer.ui.common.AppLanguage;
import com.ssprviewer.ui.common.AppPreferences;
import com.ssprviewer.ui.common.BackgroundExecutor;
import com.ssprviewer.ui.common.I18n;
import com.ssprviewer.ui.common.MemoryPreferences;
import com.ssprviewer.ui.common.StoreAccess;
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
import java.util.Optional;
import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import javafx.util.Duration;

/**
 * Opens the real shell with the list blades on a store of the samples, for screenshots under Xvfb:
 * {@code auditlog}, {@code details}, {@code resets}, {@code attempt} or {@code registrations} as the first argument;
 * {@code -Dpreview.swedish=true} shows it in Swedish.
 */
public final class ListBladesPreview extends Application {
    private BackgroundExecutor worker;

    /** The entry point; a class apart from the Application so the JavaFX jars may sit on the class path. */
    public static final class Main {
        private Main() {
        }

        public static void main(String[] args) {
            Application.launch(ListBladesPreview.class, args);
        }
    }

    @Override
    public void start(Stage stage) throws Exception {
        String view = getParameters().getRaw().isEmpty() ? "auditlog" : getParameters().getRaw().get(0);
        Path dir = Files.createTempDirectory("preview");
        worker = BackgroundExecutor.create("preview", 2);
        Store store = java.util.concurrent.CompletableFuture.supplyAsync(() -> SampleStore.samples(dir)).get();
        ShellModel model = new ShellModel(new AppPreferences(new MemoryPreferences()));
        model.storeNameProperty().set("fabrikam samples");
        if (Boolean.getBoolean("preview.swedish")) {
            I18n.setLocale(AppLanguage.SWEDISH.locale());
        }
        ListBlades blades = new ListBlades(new ListContext(StoreAccess.of(store, worker), model.blades(),
                model.timeModeProperty(), model.status(), model.preferences(), (o, n) -> Optional.empty(),
                Clock.systemUTC()));
        model.register(NavItem.AUDIT_LOG, blades::auditLog);
        model.register(NavItem.RESETS, blades::resets);
        model.register(NavItem.REGISTRATIONS, blades::registrations);
        ShellView shell = new ShellView(model, new PendingShellActions(model.status()), FileDialogs.system(),
                stage::close);
        stage.setScene(shell.createScene(1600, 900));
        stage.setX(0);
        stage.setY(0);
        stage.show();
        NavItem item = view.startsWith("resets") || view.equals("attempt") ? NavItem.RESETS
                : view.equals("registrations") ? NavItem.REGISTRATIONS : NavItem.AUDIT_LOG;
        model.navigate(item);
        later(1.5, () -> {
            if (view.equals("details") || view.equals("attempt")) {
                TableView<?> table = (TableView<?>) stage.getScene().lookup("#list-table");
                table.getSelectionModel().clearAndSelect(view.equals("attempt") ? 3 : 2);
            }
        });
        later(12, Platform::exit);
    }

    private static void later(double seconds, Runnable action) {
        PauseTransition pause = new PauseTransition(Duration.seconds(seconds));
        pause.setOnFinished(event -> action.run());
        pause.play();
    }

    @Override
    public void stop() {
        worker.close();
    }
}
