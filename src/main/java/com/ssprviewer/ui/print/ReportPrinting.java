package com.ssprviewer.ui.print;

import com.ssprviewer.report.print.ReportPrinter;
import com.ssprviewer.ui.common.I18n;
import com.ssprviewer.ui.common.ReportSource;
import com.ssprviewer.ui.common.StatusModel;
import com.ssprviewer.ui.common.StoreAccess;
import com.ssprviewer.ui.common.TimeFormat;
import com.ssprviewer.ui.common.TimeMode;
import java.time.Clock;
import java.util.Optional;
import javafx.application.Platform;
import javafx.beans.value.ObservableValue;
import javafx.stage.Window;

/**
 * What printing needs from the window, wired once: the open store, the status bar, the time mode and store name the
 * report is headed with, the printers and the save dialog. The window asks it to {@link #open} a preview for a
 * {@link ReportSource} blade; the report then speaks the window's language and shows times in its zone (UTC or the
 * workstation's). It closes the printer's threads with {@link #close()}.
 */
public final class ReportPrinting implements AutoCloseable {
    private final StoreAccess store;
    private final StatusModel status;
    private final ObservableValue<TimeMode> timeMode;
    private final ObservableValue<String> storeName;
    private final ReportPrinter printer;
    private final PdfTarget pdfTarget;
    private final Clock clock;
    private PrintPreview open;

    public ReportPrinting(StoreAccess store, StatusModel status, ObservableValue<TimeMode> timeMode,
                          ObservableValue<String> storeName, ReportPrinter printer, PdfTarget pdfTarget, Clock clock) {
        this.store = store;
        this.status = status;
        this.timeMode = timeMode;
        this.storeName = storeName;
        this.printer = printer;
        this.pdfTarget = pdfTarget;
        this.clock = clock;
    }

    /**
     * Opens the print preview of what {@code source} shows now, owned by {@code owner}; while one is open it is
     * brought to the front instead. Call on the FX thread.
     */
    public PrintPreview open(Window owner, ReportSource source) {
        if (open != null) {
            open.stage().toFront();
            return open;
        }
        ReportSpec spec = ReportSpec.of(source, I18n.getLocale(), TimeFormat.of(timeMode.getValue()).zone(),
                storeName.getValue() == null ? "" : storeName.getValue(), clock.instant());
        open = new PrintPreview(owner, this, spec);
        open.show();
        return open;
    }

    /** The preview on screen, if any. */
    public Optional<PrintPreview> openPreview() {
        return Optional.ofNullable(open);
    }

    /** Closes an open preview and stops the printer's threads; the app calls this on exit. */
    @Override
    public void close() {
        PrintPreview preview = open;
        if (preview != null) {
            if (Platform.isFxApplicationThread()) {
                preview.close();
            } else {
                Platform.runLater(preview::close);
            }
        }
        printer.close();
    }

    StoreAccess store() {
        return store;
    }

    StatusModel status() {
        return status;
    }

    ReportPrinter printer() {
        return printer;
    }

    PdfTarget pdfTarget() {
        return pdfTarget;
    }

    void closed(PrintPreview preview) {
        if (open == preview) {
            open = null;
        }
    }
}
