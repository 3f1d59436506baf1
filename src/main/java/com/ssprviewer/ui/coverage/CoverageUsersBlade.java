package com.ssprviewer.ui.coverage;

import com.ssprviewer.model.UserRegistration;
import com.ssprviewer.ui.common.Blade;
import com.ssprviewer.ui.common.Exportable;
import com.ssprviewer.ui.common.I18n;
import com.ssprviewer.ui.lists.ListContext;
import com.ssprviewer.ui.lists.RowColumn;
import com.ssprviewer.ui.lists.RowsTable;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import javafx.scene.Node;

/**
 * The users behind one coverage number: user, display name and every state flag. One snapshot's users are already in
 * memory, so a plain table sorts and filters them; Ctrl+C copies the selected rows and File > Export CSV (or the
 * button) writes the rows as shown.
 */
public final class CoverageUsersBlade implements Blade, Exportable {
    private final ListContext context;
    private final String title;
    private final LocalDate snapshot;
    private final List<UserRegistration> users;
    private RowsTable<UserRegistration> rows;

    /** @param title the number's label, in the language of the moment the list opened */
    public CoverageUsersBlade(ListContext context, String title, LocalDate snapshot, List<UserRegistration> users) {
        this.context = context;
        this.title = title;
        this.snapshot = snapshot;
        this.users = List.copyOf(users);
    }

    @Override
    public String title() {
        return title;
    }

    @Override
    public String subtitle() {
        return I18n.format("coverageUsers.subtitle", users.size(), snapshot.toString());
    }

    @Override
    public double width() {
        return 900;
    }

    /** Every user the list holds, whatever the filter. */
    public List<UserRegistration> users() {
        return users;
    }

    @Override
    public Node view() {
        return rows().view();
    }

    private RowsTable<UserRegistration> rows() {
        if (rows == null) {
            List<RowColumn<UserRegistration>> columns = Arrays.stream(UserColumn.values())
                    .map(c -> new RowColumn<UserRegistration>(c::header, c.width(), c::text)).toList();
            rows = new RowsTable<>(context, "coverage-users", columns, CoverageUsersBlade::matches,
                    I18n.get("coverageUsers.filter"), title);
            rows.setPlaceholder(I18n.get("coverageUsers.none"));
            rows.setRows(users);
        }
        return rows;
    }

    private static boolean matches(UserRegistration u, String text) {
        return u.userPrincipalName().toLowerCase(Locale.ROOT).contains(text)
                || (u.displayName() != null && u.displayName().toLowerCase(Locale.ROOT).contains(text));
    }

    /** Copies the selected rows, in the order shown, with a header line, as tab-separated text. */
    public String copySelection() {
        return rows().copySelection();
    }

    /** Writes the rows as shown (filter and sort) to {@code file} in a task shown in the status bar. */
    @Override
    public void exportCsv(Path file) {
        rows().exportCsv(file);
    }
}
