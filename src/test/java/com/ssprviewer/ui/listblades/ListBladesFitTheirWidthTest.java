package com.ssprviewer.ui.listblades;

import static com.ssprviewer.ui.common.FxWait.fx;
import static com.ssprviewer.ui.common.FxWait.onFx;
import static com.ssprviewer.ui.common.FxWait.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.ssprviewer.store.Store;
import com.ssprviewer.ui.common.AppLanguage;
import com.ssprviewer.ui.common.CutTexts;
import com.ssprviewer.ui.common.I18n;
import com.ssprviewer.ui.common.Theme;
import com.ssprviewer.ui.lists.ColumnRank;
import com.ssprviewer.ui.lists.ListBlade;
import com.ssprviewer.ui.lists.ListTable;
import com.ssprviewer.ui.lists.SampleStore;
import com.ssprviewer.ui.shell.NavItem;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.MenuButton;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.control.skin.TableColumnHeader;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Every list blade fits its columns into the window, from 1024x768 up, in English and Swedish, light and dark: no
 * sideways scroll bar, every header shows its title whole or at least its first four letters and an ellipsis (with
 * the whole title as tooltip), the key values (the date, the user, the outcome) read whole, or at least 200 px of
 * them, unless every yielding column is already hidden for room (then the key columns share the width, each still
 * readable), and the Columns
 * button says how many columns are hidden for room and names them.
 */
@ExtendWith(ApplicationExtension.class)
class ListBladesFitTheirWidthTest {
    /** The letters a cut header keeps at least. */
    private static final int HEADER_LETTERS = 4;
    /** The width below which a cut value no longer reads, about ten letters. */
    private static final double READABLE = 80;
    /** The width a key column keeps before a yielding column is shown beside it (a long value is cut there). */
    private static final double KEY_READABLE = 200;
    private static final List<NavItem> LISTS = List.of(NavItem.AUDIT_LOG, NavItem.RESETS, NavItem.REGISTRATIONS,
            NavItem.POLICY);

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
        // each test opens a window of its own, of the size it needs
    }

    @AfterEach
    void stop() {
        if (window != null) {
            window.close();
            onFx(window.stage::close);
        }
        onFx(() -> I18n.setLocale(AppLanguage.ENGLISH.locale()));
    }

    static Stream<Arguments> windows() {
        return Stream.of(
                Arguments.of(1024, 768, AppLanguage.ENGLISH, Theme.LIGHT),
                Arguments.of(1024, 768, AppLanguage.SWEDISH, Theme.LIGHT),
                Arguments.of(1024, 768, AppLanguage.ENGLISH, Theme.DARK),
                Arguments.of(1024, 768, AppLanguage.SWEDISH, Theme.DARK),
                Arguments.of(1280, 800, AppLanguage.ENGLISH, Theme.LIGHT),
                Arguments.of(1280, 800, AppLanguage.SWEDISH, Theme.DARK),
                Arguments.of(1280, 800, AppLanguage.SWEDISH, Theme.LIGHT));
    }

    @ParameterizedTest(name = "{0}x{1} {2} {3}")
    @MethodSource("windows")
    void noListBladeScrollsSidewaysAndEveryHeaderAndKeyValueReads(int width, int height, AppLanguage language,
                                                                  Theme theme) {
        window = ListWindows.open(store, width, height, language, theme);
        List<String> problems = new ArrayList<>();
        for (NavItem item : LISTS) {
            ListBlade<?> blade = ListWindows.show(window, item);
            problems.addAll(fx(() -> problems(item, blade)));
        }
        assertEquals(List.of(), problems);
    }

    private static List<String> problems(NavItem item, ListBlade<?> blade) {
        List<String> found = new ArrayList<>();
        TableView<?> table = blade.table().view();
        if (sidewaysBar(table).isVisible()) {
            found.add(item + ": a sideways scroll bar");
        }
        Node toolbar = blade.view().lookup(".list-toolbar");
        CutTexts.under(toolbar).forEach(cut -> found.add(item + ": toolbar text cut: " + cut));
        for (Node node : table.lookupAll(".column-header")) {
            if (node instanceof TableColumnHeader header && header.getTableColumn() != null) {
                String problem = headerProblem(header);
                if (problem != null) {
                    found.add(item + ": " + problem);
                }
            }
        }
        Map<String, ColumnRank> ranks = blade.definition().ranks();
        boolean nothingLeftToHide = yieldingStillShown(blade).isEmpty();
        for (Node node : table.lookupAll(".table-cell")) {
            if (node instanceof TableCell<?, ?> cell && cell.getTableColumn() != null && cell.isVisible()
                    && ranks.get(cell.getTableColumn().getId().substring("col-".length())) == ColumnRank.KEY) {
                if (!nothingLeftToHide && cell.getTableColumn().getWidth() < KEY_READABLE) {
                    CutTexts.under(cell).forEach(cut -> found.add(item + ": key value cut while "
                            + yieldingStillShown(blade) + " still shown: " + cut));
                } else if (!CutTexts.under(cell).isEmpty() && cell.getTableColumn().getWidth() < READABLE) {
                    found.add(item + ": key column " + cell.getTableColumn().getText() + " cut below readable");
                }
            }
        }
        String told = hiddenTold(blade);
        if (told != null) {
            found.add(item + ": " + told);
        }
        return found;
    }

    /** The yielding columns still on screen, which would have been hidden before a key value is cut. */
    static List<String> yieldingStillShown(ListBlade<?> blade) {
        List<String> shown = new ArrayList<>();
        for (String id : blade.definition().yieldOrder()) {
            if (blade.table().view().getVisibleLeafColumns().contains(blade.table().column(id))) {
                shown.add(id);
            }
        }
        return shown;
    }

    /** Null when the Columns button tells how many columns are hidden for room, naming them in its tooltip. */
    static String hiddenTold(ListBlade<?> blade) {
        MenuButton columns = (MenuButton) blade.view().lookup("#list-columns");
        int hidden = blade.table().hiddenForRoom().size();
        String expected = hidden == 0 ? I18n.get("list.columns") : I18n.format("list.columns.hiddenForRoom", hidden);
        if (!expected.equals(columns.getText())) {
            return "Columns button says \"" + columns.getText() + "\", not \"" + expected + "\"";
        }
        boolean named = hidden == 0 ? columns.getTooltip() == null : columns.getTooltip() != null
                && blade.table().hiddenForRoom().stream()
                .allMatch(c -> columns.getTooltip().getText().contains(I18n.get(c.headerKey())));
        return named ? null : "the Columns button's tooltip does not name the columns hidden for room";
    }

    /** Null when the header shows its whole title, or at least four letters and an ellipsis with a tooltip. */
    private static String headerProblem(TableColumnHeader header) {
        String title = header.getTableColumn().getText();
        Labeled label = (Labeled) header.lookup(".label");
        Text drawn = (Text) label.lookup(".text");
        String shown = drawn.getText();
        if (shown.equals(title)) {
            return null;
        }
        String kept = shown.endsWith("...") ? shown.substring(0, shown.length() - 3)
                : shown.endsWith("\u2026") ? shown.substring(0, shown.length() - 1) : null;
        Tooltip tip = (Tooltip) header.getProperties().get(ListTable.HEADER_TIP);
        if (kept == null || kept.strip().length() < Math.min(HEADER_LETTERS, title.length()) || !title.startsWith(kept)
                || tip == null || !title.equals(tip.getText())) {
            return "header \"" + title + "\" shown as \"" + shown + "\"" + (tip == null ? " without a tooltip" : "");
        }
        return null;
    }

    static ScrollBar sidewaysBar(TableView<?> table) {
        for (Node node : table.lookupAll(".scroll-bar")) {
            if (node instanceof ScrollBar bar && bar.getOrientation() == Orientation.HORIZONTAL) {
                return bar;
            }
        }
        throw new AssertionError("no sideways scroll bar in the table");
    }

    /** Waits for two pulses, so that widths set by a layout are laid out in turn. */
    static void settle() {
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Opening a window of its own and a list blade in it, ready to be looked at. */
    static final class ListWindows {
        private ListWindows() {
        }

        static ListWindow open(Store store, int width, int height, AppLanguage language, Theme theme) {
            return fx(() -> {
                ListWindow opened = new ListWindow(new Stage(), store, null, width, height);
                opened.model.languageProperty().set(language);
                opened.model.themeProperty().set(theme);
                return opened;
            });
        }

        static ListBlade<?> show(ListWindow window, NavItem item) {
            onFx(() -> window.model.navigate(item));
            waitUntil(item + " loaded", () -> window.model.blades().size() == 1
                    && window.model.blades().blades().get(0) instanceof ListBlade<?> list
                    && list.view().getScene() != null && !list.list().loadingProperty().get()
                    && (list.list().rows().isEmpty() || list.list().loadedRow(0) != null));
            settle();
            settle();
            return window.list(0);
        }
    }
}
