package com.ssprviewer.ui.print;

import com.ssprviewer.report.print.PrintResult;
import com.ssprviewer.ui.common.I18n;

/** The sentence the user reads for each outcome of a print request, in the window's language. */
final class PrintOutcomes {
    private PrintOutcomes() {
    }

    static String sentence(PrintResult result) {
        String printer = result.printer() == null ? "" : result.printer();
        return switch (result.status()) {
            case SUBMITTED -> I18n.format("print.result.submitted", printer);
            case NO_PRINTER -> I18n.get("print.result.noPrinter");
            case PRINTER_NOT_FOUND -> I18n.format("print.result.printerNotFound", printer);
            case UNSUPPORTED_FORMAT -> I18n.format("print.result.unsupported", printer);
            case FILE_UNREADABLE -> I18n.get("print.result.fileUnreadable");
            case TIMED_OUT -> I18n.get("print.result.timedOut");
            case FAILED -> I18n.format("print.result.failed", printer);
        };
    }
}
