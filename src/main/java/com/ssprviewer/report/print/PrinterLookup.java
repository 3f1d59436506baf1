package com.ssprviewer.report.print;

import java.util.List;
import java.util.Optional;
import javax.print.PrintService;
import javax.print.PrintServiceLookup;

/**
 * Where printers come from. The system lookup asks the operating system (CUPS on Linux and macOS, the spooler on
 * Windows); tests give their own list, so they pass the same way with or without printers installed.
 */
public interface PrinterLookup {

    /** The installed printers; may block while the print system answers. */
    List<PrintService> printServices();

    /** The user's default printer, if one is set. */
    Optional<PrintService> defaultService();

    /** The operating system's printers. */
    static PrinterLookup system() {
        return new PrinterLookup() {
            @Override
            public List<PrintService> printServices() {
                return List.of(PrintServiceLookup.lookupPrintServices(null, null));
            }

            @Override
            public Optional<PrintService> defaultService() {
                return Optional.ofNullable(PrintServiceLookup.lookupDefaultPrintService());
            }
        };
    }

    /** A fixed list of printers, the first being the default (none when the list is empty). */
    static PrinterLookup of(List<PrintService> services) {
        List<PrintService> copy = List.copyOf(services);
        return new PrinterLookup() {
            @Override
            public List<PrintService> printServices() {
                return copy;
            }

            @Override
            public Optional<PrintService> defaultService() {
                return copy.stream().findFirst();
            }
        };
    }
}
