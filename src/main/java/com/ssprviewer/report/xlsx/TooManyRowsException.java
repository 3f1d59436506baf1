package com.ssprviewer.report.xlsx;

/** A list longer than an Excel sheet holds: nothing was written, and CSV holds any length. */
public final class TooManyRowsException extends Exception {

    private static final long serialVersionUID = 1L;

    private final long rows;
    private final long limit;

    TooManyRowsException(long rows, long limit) {
        super("the list has " + rows + " rows, more than the " + limit + " an Excel sheet holds below its header");
        this.rows = rows;
        this.limit = limit;
    }

    /** The rows the list has. */
    public long rows() {
        return rows;
    }

    /** The most rows a sheet takes below its header. */
    public long limit() {
        return limit;
    }
}
