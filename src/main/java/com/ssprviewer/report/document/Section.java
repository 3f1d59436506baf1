package com.ssprviewer.report.document;

/**
 * One block of a report. Sealed so the writer handles every kind of block and a new kind cannot be forgotten.
 */
public sealed interface Section permits TilesSection, ChartSection, TableSection {
}
