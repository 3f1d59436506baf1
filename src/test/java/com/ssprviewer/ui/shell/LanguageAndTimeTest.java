package com.ssprviewer.ui.shell;

import static com.ssprviewer.ui.shell.ShellFixture.text;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.ssprviewer.ui.common.AppLanguage;
import com.ssprviewer.ui.common.I18n;
import com.ssprviewer.ui.common.TimeMode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class LanguageAndTimeTest {
    ShellFixture shell;

    @Start
    void start(Stage stage) {
        shell = new ShellFixture(stage);
    }

    @AfterEach
    void english() {
        I18n.setLocale(AppLanguage.ENGLISH.locale());
    }

    @Test
    void switchingToSwedishChangesTheVisibleTexts(FxRobot robot) {
        robot.clickOn("#nav-resets");
        assertEquals("Password reset activity", text(robot, "#breadcrumb-0"));

        robot.clickOn("View").clickOn("Language").clickOn("Svenska");

        assertEquals(AppLanguage.SWEDISH, shell.model.languageProperty().get());
        assertEquals("Översikt", text(robot, "#nav-overview"));
        assertEquals("Aktivitet för lösenordsåterställning", text(robot, "#breadcrumb-0"));
        assertEquals("Den här vyn håller på att byggas.", text(robot, "#placeholder-hint"));
        assertEquals("Aktivitet för lösenordsåterställning", text(robot, "#blade-title-0"));
        assertEquals("SSPR Audit Viewer - contoso", shell.stage.getTitle());
        assertEquals("Datum (UTC)", text(robot, "#status-time-mode"));

        robot.clickOn("Visa").clickOn("Språk").clickOn("English");

        assertEquals("Overview", text(robot, "#nav-overview"));
    }

    @Test
    void theTimeZoneSwitchChangesTheLabel(FxRobot robot) {
        assertEquals("Date (UTC)", text(robot, "#status-time-mode"));

        robot.clickOn("View").clickOn("Time zone").clickOn("Show times in local time");

        assertEquals(TimeMode.LOCAL, shell.model.timeModeProperty().get());
        assertEquals("Date (" + java.time.ZoneId.systemDefault().getId() + ")", text(robot, "#status-time-mode"));

        robot.clickOn("View").clickOn("Time zone").clickOn("Show times in UTC");

        assertEquals("Date (UTC)", text(robot, "#status-time-mode"));
    }
}
