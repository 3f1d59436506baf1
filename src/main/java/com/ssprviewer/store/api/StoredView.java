package com.ssprviewer.store.api;

import com.ssprviewer.store.query.SavedView;
import java.time.Instant;

/**
 * A saved view as the store keeps it.
 *
 * @param view    the view
 * @param created when it was first saved in this store
 * @param changed when it was last saved, replaced or renamed
 */
public record StoredView(SavedView view, Instant created, Instant changed) {
}
