package com.ssprviewer.ui.shell;

import com.ssprviewer.store.api.StoredView;
import com.ssprviewer.store.query.SavedView;
import com.ssprviewer.ui.common.AppLanguage;
import com.ssprviewer.ui.common.AppPreferences;
import com.ssprviewer.ui.common.Blade;
import com.ssprviewer.ui.common.I18n;
import com.ssprviewer.ui.common.StatusModel;
import com.ssprviewer.ui.common.Theme;
import com.ssprviewer.ui.common.TimeMode;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/**
 * The state of the main window without any node: which store is open (for the title), which navigation entry is
 * selected, and the user's time mode, language and theme, each saved to preferences as it changes.
 */
public final class ShellModel {
    private final AppPreferences preferences;
    private final Map<NavItem, Supplier<Blade>> registry = new EnumMap<>(NavItem.class);
    private final BladeHostModel blades = new BladeHostModel();
    private final StatusModel status = new StatusModel();
    private final StringProperty storeName = new SimpleStringProperty(this, "storeName", "");
    private final ObjectProperty<Path> storeFolder = new SimpleObjectProperty<>(this, "storeFolder");
    private final ReadOnlyObjectWrapper<NavItem> selected = new ReadOnlyObjectWrapper<>(this, "selected");
    private final ObjectProperty<TimeMode> timeMode = new SimpleObjectProperty<>(this, "timeMode");
    private final ObjectProperty<AppLanguage> language = new SimpleObjectProperty<>(this, "language");
    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>(this, "theme");
    private final StringBinding title;
    private final ObservableList<StoredView> savedViews = FXCollections.observableArrayList();
    private Function<SavedView, Blade> viewOpener = view -> new PlaceholderBlade(NavItem.of(view.list()).key());

    public ShellModel(AppPreferences preferences) {
        this.preferences = preferences;
        timeMode.set(preferences.timeMode());
        language.set(preferences.language());
        theme.set(preferences.theme());
        I18n.setLocale(language.get().locale());
        timeMode.addListener((obs, old, mode) -> preferences.setTimeMode(mode));
        theme.addListener((obs, old, value) -> preferences.setTheme(value));
        language.addListener((obs, old, value) -> {
            preferences.setLanguage(value);
            I18n.setLocale(value.locale());
        });
        title = Bindings.createStringBinding(this::composeTitle, storeName, I18n.localeProperty());
        blades.blades().addListener((ListChangeListener<Blade>) change -> {
            if (blades.blades().isEmpty()) {
                selected.set(null);
            }
        });
        for (NavItem item : NavItem.values()) {
            registry.put(item, () -> new PlaceholderBlade(item.key()));
        }
    }

    /** How a saved view opens: its list's blade showing it; the wiring calls this once. */
    public void registerViews(Function<SavedView, Blade> opener) {
        viewOpener = opener;
    }

    /** Opens a saved view as the root blade, its list's entry selected. */
    public void openView(SavedView view) {
        blades.openRoot(viewOpener.apply(view));
        selected.set(NavItem.of(view.list()));
    }

    /** The open store's saved views, by list and name, as the navigation lists them under their blades. */
    public ObservableList<StoredView> savedViews() {
        return savedViews;
    }

    /** Replaces the root blade of {@code item}; the wiring calls this once per feature blade. */
    public void register(NavItem item, Supplier<Blade> rootBlade) {
        registry.put(item, rootBlade);
    }

    /** Selects {@code item} and opens a fresh root blade for it, closing every open blade. */
    public void navigate(NavItem item) {
        blades.openRoot(registry.get(item).get());
        selected.set(item);
    }

    /** The window title: "SSPR Audit Viewer - store name", or the product name alone without a store. */
    public StringBinding titleProperty() {
        return title;
    }

    /** The folder of the open store (Help > About names it), null before one opens. */
    public ObjectProperty<Path> storeFolderProperty() {
        return storeFolder;
    }

    public StringProperty storeNameProperty() {
        return storeName;
    }

    public ReadOnlyObjectProperty<NavItem> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    public ObjectProperty<TimeMode> timeModeProperty() {
        return timeMode;
    }

    public ObjectProperty<AppLanguage> languageProperty() {
        return language;
    }

    public ObjectProperty<Theme> themeProperty() {
        return theme;
    }

    public BladeHostModel blades() {
        return blades;
    }

    public StatusModel status() {
        return status;
    }

    public AppPreferences preferences() {
        return preferences;
    }

    private String composeTitle() {
        String name = storeName.get();
        return name == null || name.isBlank()
                ? I18n.get("app.name")
                : I18n.format("app.title", I18n.get("app.name"), name);
    }
}
