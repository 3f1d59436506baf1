package com.ssprviewer.ui.shell;

import com.ssprviewer.ui.common.Dialogs;
import com.ssprviewer.ui.common.I18n;
import java.nio.file.Path;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.stage.Window;

/**
 * Help > About: the version, the program's licence, the folder of the open store (selectable, for support) and the
 * third-party components the program ships with their versions and licences.
 */
final class AboutDialog {
    /** A cell's padding on both sides with room to spare, and a header's sort arrow. */
    private static final double CELL_PADDING = 32;
    /** The table's borders and its vertical scroll bar. */
    private static final double TABLE_EDGES = 24;

    private AboutDialog() {
    }

    static void show(Window owner, AboutInfo info, Path store) {
        Dialog<Void> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(I18n.get("about.title"));
        dialog.setHeaderText(I18n.get("app.name"));
        Label version = new Label(I18n.format("about.version",
                info.version() == null ? I18n.get("about.devVersion") : info.version()));
        version.setId("about-version");
        Label text = new Label(I18n.get("about.text"));
        text.setWrapText(true);
        Label licence = new Label(I18n.get("about.licence"));
        licence.setId("about-licence");
        licence.setWrapText(true);
        TextField folder = new TextField(store == null ? I18n.get("about.noStore")
                : store.toAbsolutePath().normalize().toString());
        folder.setId("about-store");
        folder.setEditable(false);
        Label components = new Label(I18n.get("about.components"));
        components.getStyleClass().add("section-title");
        TableView<AboutInfo.Component> table = table(info);
        VBox content = new VBox(8, version, text, licence, new Label(I18n.get("about.store")), folder, components,
                table);
        // as wide as the table's whole names, licences and addresses: a cut licence name says nothing
        content.setPrefWidth(Math.max(620, table.getColumns().stream().mapToDouble(TableColumn::getPrefWidth).sum()
                + TABLE_EDGES));
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        Dialogs.dress(dialog.getDialogPane(), owner);
        dialog.show();
    }

    private static TableView<AboutInfo.Component> table(AboutInfo info) {
        TableView<AboutInfo.Component> table = new TableView<>();
        table.setId("about-components");
        table.getItems().setAll(info.components());
        table.getColumns().add(column("about.component.name", AboutInfo.Component::name, info));
        table.getColumns().add(column("about.component.version", AboutInfo.Component::version, info));
        table.getColumns().add(column("about.component.licence", AboutInfo.Component::licence, info));
        table.getColumns().add(column("about.component.site", AboutInfo.Component::site, info));
        table.setPrefHeight(230);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        return table;
    }

    private static TableColumn<AboutInfo.Component, String> column(String key,
            Function<AboutInfo.Component, String> value, AboutInfo info) {
        TableColumn<AboutInfo.Component, String> column = new TableColumn<>(I18n.get(key));
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        double widest = textWidth(column.getText(), Font.font(Font.getDefault().getFamily(), FontWeight.BOLD,
                Font.getDefault().getSize()));
        for (AboutInfo.Component component : info.components()) {
            widest = Math.max(widest, textWidth(value.apply(component), Font.getDefault()));
        }
        column.setPrefWidth(Math.ceil(widest + CELL_PADDING));
        return column;
    }

    private static double textWidth(String text, Font font) {
        Text measured = new Text(text);
        measured.setFont(font);
        return measured.getLayoutBounds().getWidth();
    }
}
