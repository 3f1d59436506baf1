package com.ssprviewer.ui.imports;

import com.ssprviewer.store.api.ImportResult;
import com.ssprviewer.ui.common.I18n;
import com.ssprviewer.ui.common.Styles;
import java.util.List;
import javafx.geometry.Pos;
import javafx.stage.Window;
import javafx.util.Duration;
import org.controlsfx.control.Notifications;

/**
 * The notification a finished import shows over the window (a ControlsFX {@link Notifications}), in the window's
 * language: the files imported, events added and rows rejected; a warning when rows were rejected or a file was
 * refused or failed, since those need a look at the summary.
 *
 * @param title   the headline: "Import finished", "Imported, with rejects", "Import canceled"
 * @param text    the status line of the import ({@link ImportTexts#statusLine})
 * @param warning whether the import needs attention
 */
public record ImportNotice(String title, String text, boolean warning) {
    static final String STYLE = "import-notice";
    private static final Duration SHOWN_FOR = Duration.seconds(8);

    /** What the notification says about {@code results}, in the current language. */
    public static ImportNotice of(List<ImportResult> results) {
        boolean canceled = results.stream().anyMatch(r -> r.outcome() == ImportResult.Outcome.CANCELED);
        boolean problems = results.stream().anyMatch(r -> r.outcome() == ImportResult.Outcome.REFUSED
                || r.outcome() == ImportResult.Outcome.FAILED);
        boolean rejects = results.stream().anyMatch(r -> r.rejected() > 0);
        String title;
        if (canceled) {
            title = I18n.get("import.notice.canceled");
        } else if (rejects) {
            title = ImportTexts.partlyImported();
        } else if (problems) {
            title = I18n.get("import.notice.problems");
        } else {
            title = I18n.get("import.notice.done");
        }
        return new ImportNotice(title, ImportTexts.statusLine(results), canceled || rejects || problems);
    }

    /** Shows the notice at the bottom right of {@code owner}; without a showing window there is nowhere to show it. */
    public void show(Window owner) {
        if (owner == null || !owner.isShowing()) {
            return;
        }
        Notifications notice = Notifications.create()
                .owner(owner)
                .title(title)
                .text(text)
                .position(Pos.BOTTOM_RIGHT)
                .hideAfter(SHOWN_FOR)
                .styleClass(STYLE, warning ? STYLE + "-warning" : STYLE + "-information");
        if (owner.getScene() != null && owner.getScene().getRoot().getStyleClass().contains(Styles.DARK)) {
            notice.darkStyle();
        }
        if (warning) {
            notice.showWarning();
        } else {
            notice.showInformation();
        }
    }
}
