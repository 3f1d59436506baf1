package com.ssprviewer.ui.common;

import static com.ssprviewer.ui.common.FxWait.fx;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Locale;
import javafx.scene.Scene;
import javafx.scene.control.DatePicker;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class DatePickerTest {
    private final Locale before = Locale.getDefault();
    DatePicker picker;

    @Start
    void start(Stage stage) {
        Locale.setDefault(Locale.US);
        picker = Controls.datePicker(LocalDate.of(2025, 3, 12));
        picker.setId("day");
        stage.setScene(new Scene(new VBox(picker), 300, 100));
        stage.show();
    }

    @AfterEach
    void restore() {
        Locale.setDefault(before);
    }

    @Test
    void aDayReadsAsTheTablesWriteItWhateverTheLocale() {
        assertEquals("2025-03-12", fx(() -> picker.getEditor().getText()));
    }

    @Test
    void aTypedIsoDayIsTakenAndAnythingElseKeepsTheDayBefore(FxRobot robot) {
        robot.doubleClickOn("#day").eraseText(12).write("2025-04-01").type(KeyCode.ENTER);
        assertEquals(LocalDate.of(2025, 4, 1), fx(() -> picker.getValue()));

        robot.doubleClickOn("#day").eraseText(12).write("4/2/2025").type(KeyCode.ENTER);
        assertEquals(LocalDate.of(2025, 4, 1), fx(() -> picker.getValue()));
        assertEquals("2025-04-01", fx(() -> picker.getEditor().getText()));
    }
}
