package com.ssprviewer.ui.common;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.util.StringConverter;

/** Small factories for controls the feature packages all build the same way. */
public final class Controls {

    private Controls() {
    }

    /** A button with a stable id, its text from the bundle (following the language), doing {@code action}. */
    public static Button button(String id, String key, Runnable action) {
        Button button = new Button();
        button.setId(id);
        button.textProperty().bind(I18n.text(key));
        button.setOnAction(event -> action.run());
        return button;
    }

    /**
     * A date picker that writes and reads days as the tables write them ({@code 2025-03-12}) whatever the
     * workstation's locale; typed text that is no such day keeps the day chosen before.
     */
    public static DatePicker datePicker(LocalDate initial) {
        DatePicker picker = new DatePicker(initial);
        picker.setConverter(new IsoDays());
        return picker;
    }

    private static final class IsoDays extends StringConverter<LocalDate> {
        @Override
        public String toString(LocalDate day) {
            return day == null ? "" : DateTimeFormatter.ISO_LOCAL_DATE.format(day);
        }

        @Override
        public LocalDate fromString(String text) {
            if (text == null || text.isBlank()) {
                return null;
            }
            // a DateTimeParseException is DatePicker's sign to keep its value and show it again
            return LocalDate.parse(text.strip(), DateTimeFormatter.ISO_LOCAL_DATE);
        }
    }
}
