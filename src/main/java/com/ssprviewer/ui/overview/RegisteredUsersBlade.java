package com.ssprviewer.ui.overview;

import com.ssprviewer.insight.RegisteredUser;
import com.ssprviewer.model.Method;
import com.ssprviewer.store.query.EventFilter;
import com.ssprviewer.ui.common.Blade;
import com.ssprviewer.ui.common.I18n;
import com.ssprviewer.ui.common.ValueNames;
import com.ssprviewer.ui.listblades.ListBlades;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;

/**
 * Questions 1 to 3 in detail: one row per registered user with their latest successful registration, exactly the
 * users the tiles count (the Registration activity list shows every registration row, several per user). With
 * methods in its filter it lists only the users whose latest registration that lists data includes one of them,
 * the users a "data registered" number counts. A double click opens that user's registrations.
 */
public final class RegisteredUsersBlade implements Blade {
    private final ListBlades lists;
    private final List<RegisteredUser> users;
    private final Map<String, List<Method>> registeredData;
    private final EventFilter window;
    private final Set<Method> methods;
    private TableView<RegisteredUser> table;

    /**
     * @param users          every registered user of the window
     * @param registeredData per user, the methods of the latest registration that lists data
     * @param filter         the window; its methods, when any, keep the users who registered data for one of them
     */
    public RegisteredUsersBlade(ListBlades lists, List<RegisteredUser> users, Map<String, List<Method>> registeredData,
                                EventFilter filter) {
        this.lists = lists;
        this.registeredData = Map.copyOf(registeredData);
        this.users = List.copyOf(matching(users, this.registeredData, filter.methods()));
        this.window = filter.toBuilder().methods(Set.of()).build();
        this.methods = filter.methods();
    }

    /** The users whose registered data includes any of {@code methods}; every user when there are none. */
    static List<RegisteredUser> matching(List<RegisteredUser> users, Map<String, List<Method>> registeredData,
                                         Set<Method> methods) {
        if (methods.isEmpty()) {
            return users;
        }
        return users.stream()
                .filter(u -> !Collections.disjoint(registeredData.getOrDefault(u.user(), List.of()), methods))
                .collect(Collectors.toList());
    }

    @Override
    public String title() {
        return I18n.get("registeredUsers.title");
    }

    @Override
    public String subtitle() {
        if (methods.isEmpty()) {
            return I18n.format("registeredUsers.subtitle", users.size());
        }
        return I18n.format("registeredUsers.subtitle.data", users.size(),
                methods.stream().sorted().map(ValueNames::of).collect(Collectors.joining(", ")));
    }

    @Override
    public double width() {
        return 860;
    }

    @Override
    public Node view() {
        if (table == null) {
            table = new TableView<>();
            table.setId("registered-users-table");
            table.setPlaceholder(new Label(I18n.get("registeredUsers.none")));
            table.getColumns().add(column("registeredUsers.column.user", RegisteredUser::user, 220));
            table.getColumns().add(column("registeredUsers.column.role", RegisteredUser::role, 130));
            table.getColumns().add(column("registeredUsers.column.time",
                    u -> lists.context().timeFormat().format(u.time()), 140));
            table.getColumns().add(column("registeredUsers.column.data", u -> ValueNames.methods(u.data()), 170));
            table.getColumns().add(column("registeredUsers.column.registeredData",
                    u -> ValueNames.methods(registeredData.getOrDefault(u.user(), List.of())), 170));
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

    /** How many users the blade lists: the number of the tile or bar that opened it. */
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
