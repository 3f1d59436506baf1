package com.ssprviewer.ui.listblades;

import static com.ssprviewer.ui.common.FxWait.fx;
import static com.ssprviewer.ui.common.FxWait.onFx;
import static com.ssprviewer.ui.common.FxWait.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.ssprviewer.store.Store;
import com.ssprviewer.ui.common.AppLanguage;
import com.ssprviewer.ui.common.I18n;
import com.ssprviewer.ui.lists.SampleStore;
import com.ssprviewer.ui.shell.NavItem;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.TextField;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A filter field's placeholder names what it filters, so it is shown whole, in English and in Swedish. */
@ExtendWith(ApplicationExtension.class)
class FilterFieldsTest {
    @TempDir
    static Path dir;
    static Store store;
    ListWindow window;

    @BeforeAll
    static void fill() {
        store = SampleStore.open(dir, List.of());
    }

    @AfterAll
    static void closeStore() {
        store.close();
    }

    @Start
    void start(Stage stage) {
        window = new ListWindow(stage, store, null);
    }

    @AfterEach
    void stop() {
        window.close();
        onFx(() -> I18n.setLocale(AppLanguage.ENGLISH.locale()));
    }

    @Test
    void everyFilterFieldShowsItsWholePlaceholderInSwedish() {
        onFx(() -> window.model.languageProperty().set(AppLanguage.SWEDISH));
        for (NavItem list : List.of(NavItem.AUDIT_LOG, NavItem.RESETS, NavItem.REGISTRATIONS)) {
            onFx(() -> window.model.navigate(list));
            waitUntil(() -> !fx(() -> window.stage.getScene().getRoot().lookupAll(".filter-field")).isEmpty());
            WaitForAsyncUtils.waitForFxEvents();
            List<String> cut = fx(this::cutPlaceholders);
            assertEquals(List.of(), cut, list.name());
        }
    }

    @Test
    void theSwedishPlaceholdersAreTheOnesChecked() {
        onFx(() -> window.model.languageProperty().set(AppLanguage.SWEDISH));
        onFx(() -> window.model.navigate(NavItem.AUDIT_LOG));
        waitUntil(() -> window.stage.getScene().getRoot().lookup("#filter-initiatedBy") != null);
        String prompt = fx(() -> ((TextField) window.stage.getScene().getRoot().lookup("#filter-initiatedBy"))
                .getPromptText());
        assertEquals(I18n.get("filter.initiatedBy"), prompt);
        assertFalse(prompt.isBlank());
    }

    /** Each placeholder whose drawn text reaches past the field's visible text area. */
    private List<String> cutPlaceholders() {
        List<String> cut = new ArrayList<>();
        for (Node node : window.stage.getScene().getRoot().lookupAll(".filter-field")) {
            if (!(node instanceof TextField field)) {
                continue;
            }
            for (Node t : field.lookupAll(".text")) {
                if (t instanceof Text text && text.getText().equals(field.getPromptText()) && text.isVisible()) {
                    Bounds clip = text.getParent().getClip().getLayoutBounds();
                    Bounds drawn = text.getBoundsInParent();
                    if (drawn.getMaxX() > clip.getMaxX() + 0.5) {
                        cut.add(field.getPromptText() + " needs " + drawn.getMaxX() + ", has " + clip.getMaxX());
                    }
                }
            }
        }
        return cut;
    }
}
