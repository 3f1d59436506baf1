package com.ssprviewer.ui.common;

/** Whether the window shows times in UTC (as the exports do) or in the workstation's time zone. */
public enum TimeMode {
    UTC("time.mode.utc", "time.column.utc"),
    LOCAL("time.mode.local", "time.column.local");

    private final String menuKey;
    private final String columnKey;

    TimeMode(String menuKey, String columnKey) {
        this.menuKey = menuKey;
        this.columnKey = columnKey;
    }

    /** Key of the menu label, e.g. "Show times in UTC". */
    public String menuKey() {
        return menuKey;
    }

    /** Key of the column header, e.g. "Date (UTC)". */
    public String columnKey() {
        return columnKey;
    }
}
