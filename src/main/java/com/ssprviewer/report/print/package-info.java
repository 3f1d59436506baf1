/**
 * Sending a report PDF to a printer.
 *
 * <p>The PDF itself goes to the printer through {@code javax.print}, so printed text stays text (JavaFX printing
 * would turn it into outlines) and the paper matches the preview and the saved file exactly. Every call to the print
 * system runs off the caller's thread with a time limit, because a stalled print server must never hang the
 * application; a missing printer is an ordinary result, not an exception.
 */
package com.ssprviewer.report.print;
