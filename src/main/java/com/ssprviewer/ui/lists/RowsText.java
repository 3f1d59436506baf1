package com.ssprviewer.ui.lists;

import java.util.List;

/** Rows as tab-separated text for the clipboard: one line per row, tabs and line breaks inside cells become spaces. */
public final class RowsText {
    private RowsText() {
    }

    /** The header line and the rows, each line ending with a line break. */
    public static String tabSeparated(List<String> header, List<List<String>> rows) {
        StringBuilder sb = new StringBuilder();
        line(sb, header);
        for (List<String> row : rows) {
            line(sb, row);
        }
        return sb.toString();
    }

    private static void line(StringBuilder sb, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                sb.append('\t');
            }
            String cell = cells.get(i) == null ? "" : cells.get(i);
            sb.append(cell.replaceAll("[\\t\\r\\n]+", " "));
        }
        sb.append('\n');
    }
}
