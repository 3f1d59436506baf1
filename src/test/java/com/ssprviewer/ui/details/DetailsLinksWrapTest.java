package com.ssprviewer.ui.details;

import static com.ssprviewer.ui.common.FxWait.fx;
import static com.ssprviewer.ui.common.FxWait.onFx;
import static com.ssprviewer.ui.common.FxWait.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.ssprviewer.ui.common.AppLanguage;
import com.ssprviewer.ui.common.I18n;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Hyperlink;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A narrow details blade in Swedish wraps its links onto more lines and shows every one whole. */
@ExtendWith(ApplicationExtension.class)
class DetailsLinksWrapTest {
    private DetailsLayout layout;

    @Start
    void start(Stage stage) {
        I18n.setLocale(AppLanguage.SWEDISH.locale());
        layout = new DetailsLayout("details-test");
        for (String key : List.of("details.link.flow", "details.link.history", "details.link.forget",
                "details.link.markAdmin")) {
            layout.link("link-" + key.replace('.', '-'), key, () -> { });
        }
        layout.show(List.of());
        // the blade is held to 420 px whatever size the shared test stage has from earlier tests
        Region view = (Region) layout.view();
        view.setMaxWidth(420);
        StackPane holder = new StackPane(view);
        StackPane.setAlignment(view, Pos.TOP_LEFT);
        stage.setScene(new Scene(holder, 420, 300));
        stage.show();
    }

    @AfterEach
    void english() {
        onFx(() -> I18n.setLocale(AppLanguage.ENGLISH.locale()));
    }

    @Test
    void everyLinkShowsWholeAndTheyWrap() {
        onFx(() -> {
            Parent root = layout.view().getScene().getRoot();
            root.applyCss();
            root.layout();
        });
        List<Hyperlink> links = fx(() -> layout.view().lookupAll(".hyperlink").stream()
                .map(n -> (Hyperlink) n).toList());
        assertEquals(4, links.size());
        for (Hyperlink link : links) {
            String shown = fx(() -> ((Text) link.lookup(".text")).getText());
            assertEquals(fx(link::getText), shown, "the link is cut");
        }
        waitUntil("the links wrap onto a second line", () -> fx(() -> links.get(3).localToScene(0, 0).getY()
                > links.get(0).localToScene(0, 0).getY()));
    }
}
