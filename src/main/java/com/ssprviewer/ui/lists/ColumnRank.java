package com.ssprviewer.ui.lists;

/**
 * How readily a list column gives up width when the columns do not fit the blade: yielding ones (Service,
 * Category, IP) first, key ones (the date, the user, the outcome) last, so the values a row is read by stay whole.
 */
public enum ColumnRank {
    YIELDING,
    NORMAL,
    KEY
}
