package com.ssprviewer.ui.print;

import com.ssprviewer.report.print.PrintResult;
import com.ssprviewer.report.print.Printer;
import com.ssprviewer.report.print.ReportPrinter;
import com.ssprviewer.ui.common.I18n;
import com.ssprviewer.ui.common.Styles;
import com.ssprviewer.ui.common.Tasks;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The small dialog behind Print...: it lists the installed printers (the default one chosen), sends the previewed
 * PDF to the one picked and says what happened. With no printer installed it says so and offers Save as PDF.
 * Every call to the print system runs on a worker with a time limit, so the dialog never hangs; it never blocks
 * the FX thread (it is shown, not waited for).
 */
final class PrintDialog {
    private final ReportPrinter printer;
    private final Executor worker;
    private final Path pdf;
    private final String jobName;
    private final Runnable saveAsPdf;
    private final Consumer<PrintResult> sent;
    private final Stage stage = new Stage();
    private final VBox body = new VBox(6);
    private final Label message = new Label();
    private final ProgressIndicator busy = new ProgressIndicator();
    private final ComboBox<Printer> printers = new ComboBox<>();
    private final Button printButton = new Button();
    private final Button saveButton = new Button();
    private final Button closeButton = new Button();
    private final Button systemButton = new Button();

    PrintDialog(Window owner, ReportPrinter printer, Executor worker, Path pdf, String jobName, Runnable saveAsPdf,
                Consumer<PrintResult> sent) {
        this.printer = printer;
        this.worker = worker;
        this.pdf = pdf;
        this.jobName = jobName;
        this.saveAsPdf = saveAsPdf;
        this.sent = sent;
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.titleProperty().bind(I18n.text("print.dialog.title"));
        stage.setScene(scene(owner));
        stage.setResizable(false);
    }

    Stage stage() {
        return stage;
    }

    /** Shows the dialog and starts looking for printers. */
    void show() {
        lookingForPrinters();
        stage.show();
        Tasks.create(printer::printers)
                .onSuccess(this::listed)
                .onError(error -> listed(List.of()))
                .runOnce(worker);
    }

    private Scene scene(Window owner) {
        Label title = new Label();
        title.textProperty().bind(I18n.text("print.dialog.heading"));
        title.getStyleClass().add(PrintStyles.DIALOG_TITLE);
        message.setId("print-dialog-message");
        message.setWrapText(true);
        message.setMaxWidth(380);
        message.managedProperty().bind(message.textProperty().isNotEmpty());
        busy.setPrefSize(22, 22);
        printers.setId("print-dialog-printers");
        printers.setMaxWidth(Double.MAX_VALUE);
        printers.setCellFactory(list -> new PrinterCell());
        printers.setButtonCell(new PrinterCell());
        configure(printButton, "print-dialog-print", "print.dialog.print", this::send);
        configure(saveButton, "print-dialog-save-pdf", "print.saveAsPdf", () -> {
            stage.close();
            saveAsPdf.run();
        });
        configure(closeButton, "print-dialog-close", "print.dialog.cancel", stage::close);
        configure(systemButton, "print-dialog-system", "print.dialog.system", this::systemDialog);
        closeButton.setCancelButton(true);
        Pane spacer = new Pane();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox buttons = new HBox(8, systemButton, spacer, saveButton, closeButton, printButton);
        buttons.getStyleClass().add(PrintStyles.DIALOG_BUTTONS);
        VBox root = new VBox(title, body, buttons);
        root.getStyleClass().add(PrintStyles.DIALOG);
        root.setPrefWidth(420);
        Scene scene = new Scene(root);
        Styles.wearTheme(root, owner == null ? null : owner.getScene());
        return scene;
    }

    private void lookingForPrinters() {
        message.textProperty().unbind();
        message.setText(I18n.get("print.dialog.looking"));
        message.getStyleClass().remove(Styles.DANGER);
        body.getChildren().setAll(row(busy, message));
        buttons(false, false);
    }

    private void listed(List<Printer> found) {
        if (found.isEmpty()) {
            Label hint = new Label(I18n.get("print.dialog.noPrinterHint"));
            hint.setWrapText(true);
            hint.getStyleClass().add(Styles.MUTED);
            message.setText(I18n.get("print.dialog.noPrinter"));
            body.getChildren().setAll(message, hint);
            saveButton.setDefaultButton(true);
            closeButton.textProperty().bind(I18n.text("print.close"));
            buttons(false, true);
            return;
        }
        printers.getItems().setAll(found);
        printers.setValue(found.stream().filter(Printer::isDefault).findFirst().orElse(found.get(0)));
        Label label = new Label(I18n.get("print.dialog.printer"));
        label.setLabelFor(printers);
        message.setText("");
        body.getChildren().setAll(label, printers, message);
        buttons(true, true);
        printButton.setDefaultButton(true);
        printers.requestFocus();
    }

    private void send() {
        Printer chosen = printers.getValue();
        if (chosen == null) {
            return;
        }
        message.getStyleClass().remove(Styles.DANGER);
        message.setText(I18n.format("print.sending", chosen.name()));
        body.getChildren().setAll(row(busy, message));
        buttons(false, false);
        Tasks.create(() -> printer.print(pdf, chosen.name(), jobName))
                .onSuccess(this::answered)
                .onError(error -> answered(null))
                .runOnce(worker);
    }

    /**
     * The operating system's print dialog, for printer choice and its settings; the PDF itself is still sent through
     * {@link ReportPrinter} so the printed text stays text (JavaFX printing would turn it into outlines).
     */
    private void systemDialog() {
        javafx.print.PrinterJob job = javafx.print.PrinterJob.createPrinterJob();
        if (job == null) {
            listed(List.of());
            return;
        }
        try {
            if (!job.showPrintDialog(stage)) {
                return;
            }
            String name = job.getPrinter().getName();
            printers.getItems().stream().filter(p -> p.name().equals(name)).findFirst().ifPresent(printers::setValue);
            if (printers.getValue() != null && printers.getValue().name().equals(name)) {
                send();
            }
        } finally {
            job.cancelJob();
        }
    }

    private void answered(PrintResult result) {
        if (result != null && result.submitted()) {
            stage.close();
            sent.accept(result);
            return;
        }
        if (result != null && result.status() == PrintResult.Status.NO_PRINTER) {
            listed(List.of());
            return;
        }
        message.setText(result == null ? I18n.get("print.result.timedOut") : PrintOutcomes.sentence(result));
        if (!message.getStyleClass().contains(Styles.DANGER)) {
            message.getStyleClass().add(Styles.DANGER);
        }
        body.getChildren().setAll(printers, message);
        buttons(true, true);
    }

    /** Shows the buttons that fit the dialog's state and fits the window to its new content. */
    private void buttons(boolean canPrint, boolean canSave) {
        printButton.setVisible(canPrint);
        printButton.setManaged(canPrint);
        systemButton.setVisible(canPrint);
        systemButton.setManaged(canPrint);
        saveButton.setVisible(canSave);
        saveButton.setManaged(canSave);
        stage.sizeToScene();
    }

    private static HBox row(javafx.scene.Node... nodes) {
        HBox row = new HBox(10, nodes);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private static void configure(Button button, String id, String key, Runnable action) {
        button.setId(id);
        button.textProperty().bind(I18n.text(key));
        button.setOnAction(event -> action.run());
    }

    /** A printer by name, the default one marked. */
    private static final class PrinterCell extends ListCell<Printer> {
        @Override
        protected void updateItem(Printer item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null
                    : item.isDefault() ? I18n.format("print.dialog.default", item.name()) : item.name());
        }
    }
}
