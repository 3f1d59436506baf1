package com.ssprviewer.ui.common;

import java.lang.System.Logger.Level;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * Every visible string of the window, read from {@code com/ssprviewer/ui/messages*.properties} by dotted key.
 * The language can change while the window is open: views bind their texts with {@link #text(String)}, and code
 * that builds strings on demand calls {@link #get(String)} at the moment it needs them.
 * Locale changes happen on the FX thread.
 */
public final class I18n {
    public static final String BUNDLE = "com.ssprviewer.ui.messages";
    private static final System.Logger LOG = System.getLogger(I18n.class.getName());
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
    private static final ReadOnlyObjectWrapper<Locale> LOCALE = new ReadOnlyObjectWrapper<>(Locale.ENGLISH);
    private static volatile ResourceBundle bundle = load(Locale.ENGLISH);

    static {
        // A change listener keeps the property valid, so every binding that depends on it hears each switch.
        LOCALE.addListener((observable, old, now) -> bundle = load(now));
    }

    private I18n() {
    }

    /** Switches every bound text to {@code locale}. */
    public static void setLocale(Locale locale) {
        bundle = load(locale);
        LOCALE.set(locale);
    }

    public static Locale getLocale() {
        return LOCALE.get();
    }

    public static ReadOnlyObjectProperty<Locale> localeProperty() {
        return LOCALE.getReadOnlyProperty();
    }

    /** The bundle of a language, without falling back to the machine's default locale. */
    public static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, locale, I18n.class.getClassLoader(), NO_FALLBACK);
    }

    /** The text of {@code key} in the current language; a missing key shows as {@code !key!} and is logged. */
    public static String get(String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            LOG.log(Level.WARNING, "Missing text for key " + key);
            return "!" + key + "!";
        }
    }

    /** The text of {@code key} with {@link MessageFormat} arguments filled in. */
    public static String format(String key, Object... args) {
        return new MessageFormat(get(key), getLocale()).format(args);
    }

    /** A text that follows language changes, for binding to a node's text property. */
    public static StringBinding text(String key) {
        return Bindings.createStringBinding(() -> get(key), LOCALE);
    }

    /** Like {@link #text(String)} with arguments. */
    public static StringBinding text(String key, Object... args) {
        return Bindings.createStringBinding(() -> format(key, args), LOCALE);
    }

    private static ResourceBundle load(Locale locale) {
        return bundle(locale);
    }
}
