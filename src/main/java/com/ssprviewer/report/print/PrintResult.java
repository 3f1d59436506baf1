package com.ssprviewer.report.print;

import java.util.Optional;
import javax.print.DocFlavor;

/**
 * What became of a request to print: sent, or why not, in one sentence the user can act on. The UI picks its own
 * localised sentence from {@link #status()}; {@link #message()} is the English one for the command line and logs.
 *
 * @param status  what happened
 * @param printer the printer's name, or empty when none was reached
 * @param flavor  how the PDF was described to the printer, when it was sent
 * @param message one English sentence saying what happened and what to do
 * @param watch   follows the job after it was sent; present only when {@link #submitted()}
 */
public record PrintResult(Status status, String printer, DocFlavor flavor, String message, PrintJobWatch watch) {

    /** The outcomes of a print request. */
    public enum Status {
        /** The job was handed to the print system. */
        SUBMITTED,
        /** The system has no printer at all. */
        NO_PRINTER,
        /** The printer asked for is not (or no longer) installed. */
        PRINTER_NOT_FOUND,
        /** The printer takes neither PDF nor self-describing documents. */
        UNSUPPORTED_FORMAT,
        /** The report PDF could not be read. */
        FILE_UNREADABLE,
        /** The print system did not answer in time. */
        TIMED_OUT,
        /** The print system refused the job. */
        FAILED
    }

    public boolean submitted() {
        return status == Status.SUBMITTED;
    }

    public Optional<PrintJobWatch> jobWatch() {
        return Optional.ofNullable(watch);
    }

    static PrintResult failure(Status status, String printer, String message) {
        return new PrintResult(status, printer, null, message, null);
    }
}
