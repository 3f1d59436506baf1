package com.ssprviewer.ui.print;

import com.ssprviewer.report.document.PageSetup;
import com.ssprviewer.ui.common.BackgroundExecutor;
import com.ssprviewer.ui.common.I18n;
import com.ssprviewer.ui.common.Shortcut;
import com.ssprviewer.ui.common.StatusModel;
import com.ssprviewer.ui.common.Styles;
import com.ssprviewer.ui.common.Tasks;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.RejectedExecutionException;
import javafx.beans.binding.Bindings;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.stage.Modality;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The print preview window (File > Print, Ctrl+P): the report's pages exactly as they will print, because they are
 * drawn from the very PDF that Print sends; page setup, zoom, page count, Print... and Save as PDF...
 * The report is built and written in a background task on the store's worker; pages are drawn on the preview's own
 * worker, which stops when the window closes, and the temporary PDF is deleted then.
 */
public final class PrintPreview {
    private final ReportPrinting printing;
    private final ReportSpec spec;
    private final PreviewModel model;
    private final Stage stage = new Stage();
    private final BackgroundExecutor worker = BackgroundExecutor.create("print-preview", 2);
    private final PageList pages;
    private final Label overlay = new Label();
    private RenderedReport shown;
    private PrintDialog dialog;
    private boolean closed;

    PrintPreview(Window owner, ReportPrinting printing, ReportSpec spec) {
        this.printing = printing;
        this.spec = spec;
        this.model = new PreviewModel(spec.preferredSetup());
        this.pages = new PageList(model, worker);
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(I18n.format("print.title", spec.title()));
        stage.setScene(scene(owner));
        stage.setOnHidden(event -> dispose());
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        stage.setWidth(Math.min(1120, screen.getWidth() * 0.92));
        stage.setMinWidth(Math.min(900, screen.getWidth()));
        stage.setHeight(screen.getHeight() * 0.92);
        model.setupProperty().addListener((obs, old, now) -> render());
    }

    /** Shows the window and starts the first rendering. */
    void show() {
        stage.show();
        render();
    }

    public Stage stage() {
        return stage;
    }

    public PreviewModel model() {
        return model;
    }

    /** The PDF on screen, which Print sends; empty while none is ready. */
    public Optional<Path> shownPdf() {
        return model.readyProperty().get() && shown != null ? Optional.of(shown.pdf()) : Optional.empty();
    }

    /** Opens the printer dialog for the pages on screen. */
    public void print() {
        Optional<Path> pdf = shownPdf();
        if (pdf.isEmpty()) {
            return;
        }
        dialog = new PrintDialog(stage, printing.printer(), worker, pdf.get(), spec.title(), this::saveAsPdf,
                result -> status().showMessage(PrintOutcomes.sentence(result)));
        dialog.show();
    }

    /** The printer dialog opened last, for tests. */
    Optional<Stage> printDialog() {
        return Optional.ofNullable(dialog).map(PrintDialog::stage);
    }

    /** Asks where to save and writes the report there as PDF, with the setup on screen. */
    public void saveAsPdf() {
        if (!model.readyProperty().get()) {
            return;
        }
        printing.pdfTarget().choose(stage, spec.title() + ".pdf").ifPresent(this::save);
    }

    public void close() {
        stage.close();
    }

    /** The report as an Excel workbook: the Overview's answers and tables, or the list's rows. */
    private void saveWorkbook(Path target, String name) {
        if (!spec.hasWorkbook()) {
            status().showMessage(I18n.format("print.noWorkbook", name));
            return;
        }
        Tasks.createReporting(reporter -> spec.writeWorkbook(printing.store().store(), target, reporter))
                .showingIn(status(), I18n.format("print.saving", name))
                .onSuccess(count -> status().showMessage(I18n.format("print.savedWorkbook", name)))
                .onError(error -> status().showMessage(I18n.format("print.saveFailed", name,
                        String.valueOf(error.getMessage()))))
                .runOnce(printing.store().executor());
    }

    private void save(Path target) {
        PageSetup setup = model.getSetup();
        String name = String.valueOf(target.getFileName());
        if (ReportSpec.wantsWorkbook(target)) {
            saveWorkbook(target, name);
            return;
        }
        Tasks.create(() -> spec.write(printing.store().store(), setup, target))
                .showingIn(status(), I18n.format("print.saving", name))
                .onSuccess(count -> status().showMessage(I18n.format("print.saved", name, count)))
                .onError(error -> status().showMessage(I18n.format("print.saveFailed", name,
                        String.valueOf(error.getMessage()))))
                .runOnce(printing.store().executor());
    }

    private void render() {
        if (closed || !model.requestRender()) {
            return;
        }
        long generation = model.getGeneration();
        PageSetup setup = model.getSetup();
        Tasks.createReporting(reporter -> {
            RenderedReport report = RenderedReport.render(generation, spec, printing.store().store(), setup);
            if (reporter.cancelled()) {
                report.discard();
                reporter.checkCancelled();
            }
            return report;
        })
                .showingIn(status(), I18n.get("print.rendering"))
                .onSuccess(this::rendered)
                .onError(error -> failed(generation, error))
                .onCancelled(() -> failed(generation, null))
                .runOnce(printing.store().executor());
    }

    private void rendered(RenderedReport report) {
        if (closed || !model.rendered(report.generation(), report.pageCount(), report.widthPt(),
                report.heightPt())) {
            discardLater(report);
            render();
            return;
        }
        RenderedReport previous = shown;
        shown = report;
        pages.show(report);
        discardLater(previous);
    }

    private void failed(long generation, Throwable error) {
        String reason = error == null ? I18n.get("status.cancelled") : String.valueOf(error.getMessage());
        if (!model.failed(generation, I18n.format("print.renderFailed", reason))) {
            render();
            return;
        }
        RenderedReport previous = shown;
        shown = null;
        pages.clear();
        discardLater(previous);
    }

    private void discardLater(RenderedReport report) {
        if (report == null) {
            return;
        }
        try {
            printing.store().executor().execute(report::discard);
        } catch (RejectedExecutionException e) {
            report.discard();
        }
    }

    private void dispose() {
        closed = true;
        pages.clear();
        worker.close();
        discardLater(shown);
        shown = null;
        printing.closed(this);
    }

    private StatusModel status() {
        return printing.status();
    }

    private Scene scene(Window owner) {
        BorderPane root = new BorderPane();
        root.setId("print-preview");
        root.getStyleClass().add(PrintStyles.PREVIEW);
        PreviewToolbar toolbar = new PreviewToolbar(model, () -> pages.view().getWidth() - PageList.SIDE_ROOM,
                this::print, this::saveAsPdf);
        root.setTop(toolbar.view());
        root.setCenter(new StackPane(pages.view(), overlay()));
        root.setBottom(new PreviewFooter(model, status()).view());
        Scene scene = new Scene(root, 980, 760);
        Styles.wearTheme(root, owner == null ? null : owner.getScene());
        scene.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ESCAPE) {
                close();
            } else if (Shortcut.PRINT.matches(event)) {
                print();
            }
        });
        return scene;
    }

    private Label overlay() {
        overlay.setId("print-overlay");
        overlay.getStyleClass().add(PrintStyles.OVERLAY);
        overlay.setWrapText(true);
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(28, 28);
        overlay.setGraphic(spinner);
        overlay.textProperty().bind(Bindings.createStringBinding(
                () -> model.getPhase() == PreviewModel.Phase.FAILED ? model.problemProperty().get()
                        : I18n.get("print.rendering"),
                model.phaseProperty(), model.problemProperty(), I18n.localeProperty()));
        spinner.visibleProperty().bind(model.phaseProperty().isEqualTo(PreviewModel.Phase.RENDERING));
        spinner.managedProperty().bind(spinner.visibleProperty());
        overlay.visibleProperty().bind(model.readyProperty().not());
        overlay.setMouseTransparent(true);
        return overlay;
    }
}
