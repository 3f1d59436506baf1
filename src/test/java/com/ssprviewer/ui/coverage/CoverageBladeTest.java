package com.ssprviewer.ui.coverage;

import static com.ssprviewer.ui.common.FxWait.fx;
import static com.ssprviewer.ui.common.FxWait.onFx;
import static com.ssprviewer.ui.common.FxWait.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ssprviewer.insight.CoverageFigure;
import com.ssprviewer.model.UserRegistration;
import com.ssprviewer.store.Store;
import com.ssprviewer.ui.common.AppLanguage;
import com.ssprviewer.ui.common.AppPreferences;
import com.ssprviewer.ui.common.BackgroundExecutor;
import com.ssprviewer.ui.common.CutTexts;
import com.ssprviewer.ui.common.DataEvents;
import com.ssprviewer.ui.common.I18n;
import com.ssprviewer.ui.common.MemoryPreferences;
import com.ssprviewer.ui.common.StoreAccess;
import com.ssprviewer.ui.listblades.ListBlades;
import com.ssprviewer.ui.lists.ListContext;
import com.ssprviewer.ui.lists.SampleStore;
import com.ssprviewer.ui.shell.FileDialogs;
import com.ssprviewer.ui.shell.NavItem;
import com.ssprviewer.ui.shell.PendingShellActions;
import com.ssprviewer.ui.shell.ShellModel;
import com.ssprviewer.ui.shell.ShellView;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Registration coverage blade on a store with the two sample snapshots shows the sample README's figures for the
 * newest snapshot and for the chosen 2025-03-01 one, and every number opens exactly the users it counts.
 */
@ExtendWith(ApplicationExtension.class)
class CoverageBladeTest {
    private static final LocalDate MARCH = LocalDate.parse("2025-03-01");
    private static final LocalDate APRIL = LocalDate.parse("2025-04-01");

    @TempDir
    static Path dir;
    static Store store;
    ShellModel model;
    BackgroundExecutor worker;
    Stage stage;
    Stage primary;

    @BeforeAll
    static void fill() {
        store = SampleStore.open(dir, List.of("/samples/user-registration-details-2025-03-01.json",
                "/samples/user-registration-details-2025-04-01.csv"));
    }

    @AfterAll
    static void closeStore() {
        store.close();
    }

    @Start
    void start(Stage stage) {
        primary = stage;
        show(stage, 1240, 780);
    }

    /** The shell with the coverage blade on {@code stage}, in a scene of {@code width} x {@code height}. */
    private void show(Stage stage, double width, double height) {
        if (worker != null) {
            worker.close();
        }
        this.stage = stage;
        I18n.setLocale(AppLanguage.ENGLISH.locale());
        worker = BackgroundExecutor.create("coverage-test", 2);
        model = new ShellModel(new AppPreferences(new MemoryPreferences()));
        ListContext context = new ListContext(StoreAccess.of(store, worker), model.blades(),
                model.timeModeProperty(), model.status(), model.preferences(), (owner, name) -> Optional.empty(),
                Clock.systemUTC());
        model.register(NavItem.COVERAGE, () -> new CoverageBlade(new ListBlades(context), new DataEvents()));
        ShellView view = new ShellView(model, new PendingShellActions(model.status()), dialogs(), stage::close);
        stage.setScene(view.createScene(width, height));
        stage.show();
    }

    /** A window of its own at 1024 x 768 in Swedish (the shared test window keeps its size for other tests). */
    private CoverageBlade openSmallSwedish() {
        onFx(() -> {
            show(new Stage(), 1024, 768);
            model.languageProperty().set(AppLanguage.SWEDISH);
            model.navigate(NavItem.COVERAGE);
        });
        CoverageBlade blade = (CoverageBlade) fx(() -> model.blades().blades().get(0));
        waitUntil("coverage data", () -> blade.model().dataProperty().get() != null
                && !blade.model().loadingProperty().get());
        return blade;
    }

    @AfterEach
    void stop() {
        worker.close();
        if (stage != primary) {
            onFx(stage::close);
        }
        onFx(() -> I18n.setLocale(AppLanguage.ENGLISH.locale()));
    }

    @Test
    void at1024By768InSwedishNoTitleNameOrCountIsCut(FxRobot robot) {
        CoverageBlade blade = openSmallSwedish();
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(List.of(), fx(() -> CutTexts.under(blade.view())));
    }

    private CoverageBlade open(FxRobot robot) {
        robot.clickOn("#nav-coverage");
        waitUntil("coverage blade", () -> !model.blades().blades().isEmpty());
        CoverageBlade blade = (CoverageBlade) fx(() -> model.blades().blades().get(0));
        waitUntil("coverage data", () -> blade.model().dataProperty().get() != null
                && !blade.model().loadingProperty().get());
        return blade;
    }

    private static Map<CoverageFigure, String> shown(CoverageBlade blade) {
        return fx(() -> Map.of(CoverageFigure.MEMBERS, blade.tileValue(CoverageFigure.MEMBERS),
                CoverageFigure.GUESTS, blade.tileValue(CoverageFigure.GUESTS),
                CoverageFigure.SSPR_REGISTERED, blade.tileValue(CoverageFigure.SSPR_REGISTERED),
                CoverageFigure.SSPR_ENABLED, blade.tileValue(CoverageFigure.SSPR_ENABLED),
                CoverageFigure.SSPR_CAPABLE, blade.tileValue(CoverageFigure.SSPR_CAPABLE),
                CoverageFigure.MFA_REGISTERED, blade.tileValue(CoverageFigure.MFA_REGISTERED),
                CoverageFigure.PASSWORDLESS_CAPABLE, blade.tileValue(CoverageFigure.PASSWORDLESS_CAPABLE)));
    }

    @Test
    void aNumbersUsersShowEveryHeaderAndUserPrincipalNameWholeAt1024InSwedish(FxRobot robot) {
        CoverageBlade blade = openSmallSwedish();
        onFx(() -> blade.openFigure(CoverageFigure.SSPR_REGISTERED));
        waitUntil("users blade", () -> model.blades().size() > 1);
        CoverageUsersBlade users = (CoverageUsersBlade) fx(() -> model.blades().blades().get(1));
        WaitForAsyncUtils.waitForFxEvents();

        List<String> cut = fx(() -> {
            List<String> found = new ArrayList<>();
            for (Node header : users.view().lookupAll(".column-header .label")) {
                found.addAll(CutTexts.under(header));
            }
            for (Node n : users.view().lookupAll(".table-cell")) {
                if (n instanceof TableCell<?, ?> cell && cell.getTableColumn() != null
                        && cell.getTableView().getColumns().indexOf(cell.getTableColumn()) == 0) {
                    found.addAll(CutTexts.under(n));
                }
            }
            return found;
        });
        assertEquals(List.of(), cut);
    }

    private CoverageUsersBlade usersOpenedBy(FxRobot robot, String nodeId) {
        robot.clickOn("#" + nodeId);
        waitUntil("users blade", () -> model.blades().size() > 1);
        return (CoverageUsersBlade) fx(() -> model.blades().blades().get(1));
    }

    private static List<String> names(CoverageUsersBlade blade) {
        return blade.users().stream().map(UserRegistration::userPrincipalName).toList();
    }

    @Test
    void theNewestSnapshotShowsAprilsFiguresAndOffersBothSnapshots(FxRobot robot) {
        CoverageBlade blade = open(robot);
        assertEquals(Map.of(CoverageFigure.MEMBERS, "35", CoverageFigure.GUESTS, "2",
                CoverageFigure.SSPR_REGISTERED, "25", CoverageFigure.SSPR_ENABLED, "34",
                CoverageFigure.SSPR_CAPABLE, "24", CoverageFigure.MFA_REGISTERED, "28",
                CoverageFigure.PASSWORDLESS_CAPABLE, "6"), shown(blade));
        ComboBox<?> chooser = robot.lookup("#coverage-snapshot").queryAs(ComboBox.class);
        assertEquals(APRIL, fx(chooser::getValue));
        assertEquals(List.of(APRIL, MARCH), fx(() -> List.copyOf(chooser.getItems())));
        assertEquals("9", fx(() -> robot.lookup("#coverage-method-mobilePhone").queryLabeled().getText()));
        assertEquals("1", fx(() -> robot.lookup("#coverage-list-gone-users").queryLabeled().getText()));
    }

    @Test
    void theChosenFirstOfMarchShowsMarchsFigures(FxRobot robot) {
        CoverageBlade blade = open(robot);
        @SuppressWarnings("unchecked")
        ComboBox<LocalDate> chooser = robot.lookup("#coverage-snapshot").queryAs(ComboBox.class);
        onFx(() -> chooser.setValue(MARCH));
        waitUntil("march", () -> blade.model().dataProperty().get().coverage().snapshot().equals(MARCH)
                && !blade.model().loadingProperty().get());
        assertEquals(Map.of(CoverageFigure.MEMBERS, "34", CoverageFigure.GUESTS, "2",
                CoverageFigure.SSPR_REGISTERED, "22", CoverageFigure.SSPR_ENABLED, "33",
                CoverageFigure.SSPR_CAPABLE, "21", CoverageFigure.MFA_REGISTERED, "25",
                CoverageFigure.PASSWORDLESS_CAPABLE, "7"), shown(blade));
        assertEquals("10", fx(() -> robot.lookup("#coverage-method-alternateMobilePhone").queryLabeled().getText()));
        assertEquals("12", fx(() -> robot.lookup("#coverage-list-enabled-not-registered").queryLabeled().getText()));
        assertEquals(MARCH.atStartOfDay(ZoneOffset.UTC).toInstant(), fx(blade::reportAsOf));
    }

    @Test
    void methodsReadAsPeopleNameThemInTheMembersPerMethodAndInTheUsersMethodsColumn(FxRobot robot) {
        open(robot);
        assertEquals("Alternate mobile phone", methodName(robot, "alternateMobilePhone"));
        assertEquals("Microsoft Authenticator (push)", methodName(robot, "microsoftAuthenticatorPush"));
        assertEquals("Software OTP", methodName(robot, "softwareOneTimePasscode"));
        assertEquals("Windows Hello for Business", methodName(robot, "windowsHelloForBusiness"));
        assertEquals("Security questions", methodName(robot, "securityQuestion"));
        assertEquals("FIDO2 security key", methodName(robot, "fido2SecurityKey"));
        press(robot, "#coverage-method-windowsHelloForBusiness");
        waitUntil("users blade", () -> model.blades().size() > 1);
        CoverageUsersBlade hello = (CoverageUsersBlade) fx(() -> model.blades().blades().get(1));
        String copied = fx(() -> {
            ((TableView<?>) hello.view().lookup("#coverage-users-table")).getSelectionModel().selectAll();
            return hello.copySelection();
        });
        assertTrue(copied.contains("Windows Hello for Business"), copied);
        assertFalse(copied.contains("windowsHelloForBusiness"), copied);
    }

    @Test
    void aMethodTheWindowDoesNotKnowShowsAsGraphNamesIt() {
        UserRegistration u = new UserRegistration("1", "a@b.c", "A", true, false, true, true, true, true, true,
                false, false, true, List.of("mobilePhone", "qrCodePin"), List.of(), null, null, null);
        assertEquals("Mobile phone, qrCodePin", fx(() -> UserColumn.METHODS.text(u)));
    }

    @Test
    void switchingTheLanguageWithTheBladeOpenRenamesItsSectionsAndMethodsAtOnce(FxRobot robot) {
        open(robot);
        assertEquals(List.of("Snapshot", "Counts and lists are of members; guests are counted apart.",
                "Members per registered method", "Lists to follow up", "Trend of every snapshot",
                "Alternate mobile phone"), headings(robot));
        try {
            onFx(() -> model.languageProperty().set(AppLanguage.SWEDISH));
            WaitForAsyncUtils.waitForFxEvents();
            assertEquals(List.of("Ögonblicksbild", "Antal och listor avser medlemmar; gäster räknas för sig.",
                    "Medlemmar per registrerad metod", "Listor att följa upp", "Utveckling över alla ögonblicksbilder",
                    "Alternativ mobiltelefon"), headings(robot));
        } finally {
            onFx(() -> model.languageProperty().set(AppLanguage.ENGLISH));
        }
    }

    private static List<String> headings(FxRobot robot) {
        return fx(() -> List.of("#coverage-chooser-label", "#coverage-note", "#coverage-methods-title",
                "#coverage-lists-title", "#coverage-trend-title", "#coverage-method-name-alternateMobilePhone")
                .stream().map(q -> robot.lookup(q).queryLabeled().getText()).toList());
    }

    private static String methodName(FxRobot robot, String method) {
        return fx(() -> robot.lookup("#coverage-method-name-" + method).queryLabeled().getText());
    }

    @Test
    void aNumberOpensExactlyTheUsersItCounts(FxRobot robot) {
        open(robot);
        CoverageUsersBlade registered = usersOpenedBy(robot, "coverage-sspr-registered");
        assertEquals(25, registered.users().size());
        assertTrue(registered.users().stream().allMatch(u -> u.member() && u.ssprRegistered()));
        press(robot, "#coverage-list-enabled-not-registered");
        waitUntil("list", () -> fx(() -> model.blades().blades().get(1)) != registered);
        CoverageUsersBlade chase = (CoverageUsersBlade) fx(() -> model.blades().blades().get(1));
        assertEquals(List.of("adele.vance@fabrikam.com", "ben.walters@fabrikam.com", "isaiah.langer@fabrikam.com",
                "lee.gu@fabrikam.com", "megan.bowen@fabrikam.com", "miriam.graham@fabrikam.com",
                "olivia.hart@fabrikam.com", "patti.fernandez@fabrikam.com", "sofia.eriksson@fabrikam.com",
                "wei.zhang@fabrikam.com"), names(chase));
        press(robot, "#coverage-list-gone-users");
        waitUntil("gone", () -> fx(() -> model.blades().blades().get(1)) != chase);
        assertEquals(List.of("gerhart.moller@fabrikam.com"),
                names((CoverageUsersBlade) fx(() -> model.blades().blades().get(1))));
        press(robot, "#coverage-method-mobilePhone");
        waitUntil("method", () -> ((CoverageUsersBlade) fx(() -> model.blades().blades().get(1))).users().size()
                == 9);
        CoverageUsersBlade mobile = (CoverageUsersBlade) fx(() -> model.blades().blades().get(1));
        onFx(() -> mobile.view().lookup("#coverage-users-table").requestFocus());
        String copied = fx(() -> {
            TableView<?> t = (TableView<?>) mobile.view()
                    .lookup("#coverage-users-table");
            t.getSelectionModel().selectAll();
            return mobile.copySelection();
        });
        assertEquals(10, copied.lines().count(), copied);
        assertTrue(copied.startsWith("User\tName\tType\tAdmin\tSSPR registered"), copied);
    }

    /** Presses a link as a key press would: with a list open beside it, the link may be scrolled out of sight. */
    private static void press(FxRobot robot, String query) {
        onFx(() -> robot.lookup(query).queryAs(ButtonBase.class).fire());
    }

    private static FileDialogs dialogs() {
        return new FileDialogs() {
            @Override
            public List<Path> chooseImportFiles(Window owner) {
                return List.of();
            }

            @Override
            public Optional<Path> chooseStoreDirectory(Window owner) {
                return Optional.empty();
            }
        };
    }
}
