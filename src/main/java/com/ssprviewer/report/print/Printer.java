package com.ssprviewer.report.print;

/**
 * An installed printer as the print dialog lists it.
 *
 * @param name      the name the system gives it; pass it back to {@link ReportPrinter#print}
 * @param isDefault whether it is the user's default printer
 */
public record Printer(String name, boolean isDefault) {
}
