package com.ssprviewer.ui.shell;

import com.ssprviewer.ui.common.AppLanguage;
import com.ssprviewer.ui.common.I18n;
import com.ssprviewer.ui.common.Shortcut;
import com.ssprviewer.ui.common.Theme;
import com.ssprviewer.ui.common.TimeMode;
import java.nio.file.Path;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.stage.Window;

/** The menu bar: File, View and Help (keyboard shortcuts, About). Store work goes to {@link ShellActions}. */
final class ShellMenu {
    private final ShellModel model;
    private final ShellActions actions;
    private final FileDialogs dialogs;
    private final MenuBar bar = new MenuBar();

    ShellMenu(ShellModel model, ShellActions actions, FileDialogs dialogs, Runnable onExit, Runnable onAbout,
            Runnable onShortcuts) {
        this.model = model;
        this.actions = actions;
        this.dialogs = dialogs;
        bar.setId("menu-bar");
        bar.getMenus().addAll(fileMenu(onExit), viewMenu(), helpMenu(onAbout, onShortcuts));
    }

    MenuBar view() {
        return bar;
    }

    /** File > Import...: asks for files and hands them to {@link ShellActions#importFiles}. */
    void chooseAndImport() {
        List<Path> files = dialogs.chooseImportFiles(window());
        if (!files.isEmpty()) {
            actions.importFiles(files);
        }
    }

    private Menu fileMenu(Runnable onExit) {
        MenuItem importItem = item("menu-import", "menu.file.import", this::chooseAndImport);
        importItem.setAccelerator(Shortcut.IMPORT.combination());
        MenuItem importRoles = item("menu-import-roles", "menu.file.importRoles", () -> {
            List<Path> files = dialogs.chooseImportFiles(window());
            if (!files.isEmpty()) {
                actions.importRoleLists(files);
            }
        });
        MenuItem openStore = item("menu-open-store", "menu.file.openStore",
                () -> dialogs.chooseStoreDirectory(window()).ifPresent(actions::openStore));
        MenuItem passphrase = item("menu-passphrase", "menu.file.passphrase", actions::changePassphrase);
        MenuItem print = item("menu-print", "menu.file.print", () -> actions.print(model.blades().last().orElse(null)));
        print.setAccelerator(Shortcut.PRINT.combination());
        MenuItem export = item("menu-export-csv", "menu.file.exportCsv",
                () -> actions.exportCsv(model.blades().last().orElse(null)));
        MenuItem importView = item("menu-import-view", "menu.file.importView", () -> actions.savedViews().importView());
        MenuItem exit = item("menu-exit", "menu.file.exit", onExit);
        return menu("menu-file", "menu.file", importItem, importRoles, openStore, passphrase, new SeparatorMenuItem(),
                print, export, importView, new SeparatorMenuItem(), exit);
    }

    private Menu viewMenu() {
        Menu time = menu("menu-time", "menu.view.time", choices(TimeMode.values(), model.timeModeProperty()));
        Menu language = menu("menu-language", "menu.view.language",
                choices(AppLanguage.values(), model.languageProperty()));
        Menu theme = menu("menu-theme", "menu.view.theme", choices(Theme.values(), model.themeProperty()));
        return menu("menu-view", "menu.view", time, language, theme);
    }

    private Menu helpMenu(Runnable onAbout, Runnable onShortcuts) {
        MenuItem shortcuts = item("menu-shortcuts", "menu.help.shortcuts", onShortcuts);
        shortcuts.setAccelerator(Shortcut.SHORTCUTS.combination());
        return menu("menu-help", "menu.help", shortcuts, item("menu-about", "menu.help.about", onAbout));
    }

    private <E extends Enum<E>> MenuItem[] choices(E[] values, ObjectProperty<E> property) {
        ToggleGroup group = new ToggleGroup();
        MenuItem[] items = new MenuItem[values.length];
        for (int i = 0; i < values.length; i++) {
            E value = values[i];
            RadioMenuItem item = new RadioMenuItem();
            item.setId("menu-" + value.getDeclaringClass().getSimpleName().toLowerCase() + "-"
                    + value.name().toLowerCase());
            item.textProperty().bind(I18n.text(ChoiceKeys.of(value)));
            item.setToggleGroup(group);
            item.setSelected(property.get() == value);
            item.setOnAction(event -> property.set(value));
            property.addListener((obs, old, now) -> item.setSelected(now == value));
            items[i] = item;
        }
        return items;
    }

    private static MenuItem item(String id, String key, Runnable action) {
        MenuItem item = new MenuItem();
        item.setId(id);
        item.textProperty().bind(I18n.text(key));
        item.setOnAction(event -> action.run());
        return item;
    }

    private static Menu menu(String id, String key, MenuItem... items) {
        Menu menu = new Menu();
        menu.setId(id);
        menu.textProperty().bind(I18n.text(key));
        menu.getItems().addAll(items);
        return menu;
    }

    private Window window() {
        return bar.getScene() == null ? null : bar.getScene().getWindow();
    }
}
