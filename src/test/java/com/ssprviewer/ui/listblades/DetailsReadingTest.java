package com.ssprviewer.ui.listblades;

import static com.ssprviewer.ui.common.FxWait.fx;
import static com.ssprviewer.ui.common.FxWait.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ssprviewer.store.Store;
import com.ssprviewer.store.api.EventRow;
import com.ssprviewer.store.query.EventFilter;
import com.ssprviewer.store.query.PageRequest;
import com.ssprviewer.ui.details.EventDetailsBlade;
import com.ssprviewer.ui.lists.SampleStore;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Set;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextArea;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A details blade reads like the portal's: whole values, plain words, and the record as its source has it. */
@ExtendWith(ApplicationExtension.class)
class DetailsReadingTest {
    @TempDir
    static Path dir;
    static Store store;
    ListWindow window;

    @BeforeAll
    static void fill() {
        store = SampleStore.samples(dir);
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
    }

    @Test
    void aClassicRowSaysWhichReportItCameFromAndShowsThatReportsRow(FxRobot robot) {
        open(robot, first("Password reset activity"));

        assertEquals("Classic report: Password reset activity", value(robot, "#details-event-kind"));
        String raw = fx(() -> robot.lookup("#details-raw").queryAs(TextArea.class).getText());
        assertTrue(raw.startsWith("User,Role,Date and Time,Methods Used,Result,Details\n"), raw);
        assertTrue(raw.lines().skip(1).findFirst().orElseThrow().contains("@"), raw);
    }

    @Test
    void anAuditRecordSaysSoAndNeverShowsAStoredCode(FxRobot robot) {
        open(robot, first("Reset password (self-service)"));

        assertEquals("Audit log record", value(robot, "#details-event-kind"));
        assertTrue(robot.lookup("#details-flow").tryQuery().isPresent(), "an event of a reset links its flow");
    }

    @Test
    void aRegistrationOffersNoResetFlow(FxRobot robot) {
        open(robot, first("User registered for self-service password reset"));

        assertTrue(robot.lookup("#details-history").tryQuery().isPresent());
        assertTrue(robot.lookup("#details-flow").tryQuery().isEmpty(), "a registration is not part of a reset");
    }

    @Test
    void aLongValueWrapsWithinTheBladeInsteadOfBeingCut(FxRobot robot) {
        EventRow longest = store.events(EventFilter.NONE, null, PageRequest.first(500)).rows().stream()
                .max(Comparator.comparingInt(r -> r.reason().length())).orElseThrow();
        open(robot, longest);
        Labeled reason = robot.lookup("#details-event-reason").queryAs(Labeled.class);
        Node blade = robot.lookup("#details-event-blade").query();
        waitUntil("laid out", () -> fx(() -> reason.getWidth() > 0));

        double natural = fx(() -> {
            Text text = new Text(reason.getText());
            text.setFont(reason.getFont());
            return text.getLayoutBounds().getWidth();
        });
        assertTrue(natural > fx(reason::getWidth), "the reason is longer than the blade is wide: " + natural);
        Bounds value = fx(() -> reason.localToScene(reason.getLayoutBounds()));
        Bounds whole = fx(() -> blade.localToScene(blade.getLayoutBounds()));
        assertTrue(value.getMaxX() <= whole.getMaxX() + 0.5, value + " inside " + whole);
        assertTrue(fx(() -> reason.getHeight() > 1.8 * reason.getFont().getSize()), "it runs onto a second line");
        assertTrue(fx(() -> reason.prefHeight(reason.getWidth()) <= reason.getHeight() + 0.5), "no line is cut off");
    }

    private EventRow first(String activity) {
        return store.events(EventFilter.builder().activities(Set.of(activity)).build(), null, PageRequest.first(1))
                .rows().get(0);
    }

    private void open(FxRobot robot, EventRow row) {
        robot.interact(() -> window.model.blades().openRoot(new EventDetailsBlade(window.context, row.id(),
                window.blades)));
        waitUntil("details", () -> robot.lookup("#details-raw").tryQuery().isPresent());
    }

    private static String value(FxRobot robot, String query) {
        return fx(() -> robot.lookup(query).queryAs(Labeled.class).getText());
    }
}
