package com.ssprviewer.store.query;

import java.util.List;

/**
 * One page of a sorted list.
 *
 * @param rows the rows, in order
 * @param next the cursor for the page after this one, or null when this page is the last
 */
public record Page<T>(List<T> rows, PageRequest.Cursor next) {
}
