package com.ssprviewer.ui.overview;

import com.ssprviewer.insight.RegisteredUser;
import com.ssprviewer.model.Method;
import com.ssprviewer.store.query.EventFilter;
import com.ssprviewer.ui.common.Blade;
import com.ssprviewer.ui.common.I18n;
import com.ssprviewer.ui.listblades.ListBlades;
import java.util.List;
import java.util.function.Function;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;

/**
 * Questions 1 and 2 in detail: one row per registered user with their latest successful registration, exactly the
 * users the tiles count (the Registration activity list shows every registration row, several per user). A double
 * click opens that user's registrations.
 */
public final class RegisteredUsersBlade implements Blade {
    private final ListBlades lists;
    private final List<RegisteredUser> users;
    private final EventFilter window;
    private TableView<RegisteredUser> table;

    public RegisteredUsersBlade(ListBlades lists, List<RegisteredUser> users, EventFilter window) {
        this.lists = lists;
        this.users = List.copyOf(users);
        this.window = window;
    }

    @Override
    public String title() {
        return I18n.get("registeredUsers.title");
    }

    @Override
    public String subtitle() {
        return I18n.format("registeredUsers.subtitle", users.size());
    }

    @Override
    public Node view() {
        if (table == null) {
            table = new TableView<>();
            table.setId("registered-users-table");
            table.setPlaceholder(new Label(I18n.get("registeredUsers.none")));
            table.getColumns().add(column("registeredUsers.column.user", RegisteredUser::user, 230));
            table.getColumns().add(column("registeredUsers.column.role", RegisteredUser::role, 150));
            table.getColumns().add(column("registeredUsers.column.time",
                    u -> lists.context().timeFormat().format(u.time()), 150));
            table.getColumns().add(column("registeredUsers.column.data", u -> Method.join(u.data()), 220));
            table.getItems().setAll(users);
            table.setRowFactory(t -> {
                TableRow<RegisteredUser> row = new TableRow<>();
                row.setOnMouseClicked(e -> {
                    if (e.getClickCount() == 2 && row.getItem() != null) {
                        lists.context().navigator().open(this,
                                lists.registrations(window.toBuilder().user(row.getItem().user()).build()));
                    }
                });
                return row;
            });
        }
        return table;
    }

    /** How many users the blade lists: the tiles' number. */
    public int count() {
        return users.size();
    }

    private static TableColumn<RegisteredUser, String> column(String key, Function<RegisteredUser, String> value,
                                                             double width) {
        TableColumn<RegisteredUser, String> c = new TableColumn<>(I18n.get(key));
        c.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(value.apply(f.getValue())));
        c.setPrefWidth(width);
        return c;
    }
}
