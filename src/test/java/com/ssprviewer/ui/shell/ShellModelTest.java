package com.ssprviewer.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ssprviewer.ui.common.AppLanguage;
import com.ssprviewer.ui.common.AppPreferences;
import com.ssprviewer.ui.common.Blade;
import com.ssprviewer.ui.common.I18n;
import com.ssprviewer.ui.common.MemoryPreferences;
import com.ssprviewer.ui.common.Theme;
import com.ssprviewer.ui.common.TimeMode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ShellModelTest {
    private final MemoryPreferences node = new MemoryPreferences();
    private final ShellModel model = new ShellModel(new AppPreferences(node));

    @AfterEach
    void english() {
        I18n.setLocale(AppLanguage.ENGLISH.locale());
    }

    @Test
    void theTitleNamesTheProductAndTheOpenStore() {
        assertEquals("SSPR Audit Viewer", model.titleProperty().get());

        model.storeNameProperty().set("contoso");

        assertEquals("SSPR Audit Viewer - contoso", model.titleProperty().get());
    }

    @Test
    void everyNavigationEntryOpensARootBladeNamedAfterIt() {
        for (NavItem item : NavItem.values()) {
            model.navigate(item);

            assertEquals(1, model.blades().size());
            assertEquals(I18n.get(item.key()), model.blades().last().orElseThrow().title());
            assertEquals(item, model.selectedProperty().get());
        }
    }

    @Test
    void aRegisteredBladeReplacesThePlaceholder() {
        Blade auditLog = new NamedBlade("audit", new ArrayList<>());
        model.register(NavItem.AUDIT_LOG, () -> auditLog);

        model.navigate(NavItem.AUDIT_LOG);

        assertSame(auditLog, model.blades().last().orElseThrow());
    }

    @Test
    void navigatingClosesTheBladesOfThePreviousEntry() {
        List<String> closed = new ArrayList<>();
        Blade root = new NamedBlade("root", closed);
        model.register(NavItem.RESETS, () -> root);
        model.navigate(NavItem.RESETS);
        model.blades().open(root, new NamedBlade("details", closed));

        model.navigate(NavItem.IMPORTS);

        assertEquals(List.of("details", "root"), closed);
    }

    @Test
    void closingTheRootBladeClearsTheSelection() {
        model.navigate(NavItem.OVERVIEW);

        model.blades().close(model.blades().last().orElseThrow());

        assertNull(model.selectedProperty().get());
    }

    @Test
    void choicesAreSavedAndTheLanguageSwitchesTheTexts() {
        model.timeModeProperty().set(TimeMode.LOCAL);
        model.themeProperty().set(Theme.DARK);
        model.languageProperty().set(AppLanguage.SWEDISH);

        AppPreferences saved = new AppPreferences(node);
        assertEquals(TimeMode.LOCAL, saved.timeMode());
        assertEquals(Theme.DARK, saved.theme());
        assertEquals(AppLanguage.SWEDISH, saved.language());
        assertEquals("Översikt", I18n.get("nav.overview"));
    }

    @Test
    void theSavedLanguageIsUsedFromTheStart() {
        new AppPreferences(node).setLanguage(AppLanguage.SWEDISH);

        ShellModel restarted = new ShellModel(new AppPreferences(node));

        assertEquals(AppLanguage.SWEDISH, restarted.languageProperty().get());
        assertTrue(I18n.get("menu.file").startsWith("Arkiv"));
    }
}
