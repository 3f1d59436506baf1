package com.ssprviewer.store.paging;

import com.ssprviewer.store.query.EventFilter;
import com.ssprviewer.store.query.Landmarks;
import com.ssprviewer.store.query.ListKind;
import com.ssprviewer.store.query.Sort;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The landmarks of the last few lists walked, kept until the store's data changes: a list shown again (its filter
 * cleared, its sort restored) jumps fast at once, without walking its index again. Thread-safe.
 */
public final class LandmarkMemo {

    private static final int LISTS = 8;

    /** One list: what is listed, filtered and sorted how, with a landmark every {@code every} rows. */
    public record Key(ListKind kind, EventFilter filter, Sort sort, int every) {
    }

    private final Map<Key, Landmarks> walked = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Landmarks> eldest) {
            return size() > LISTS;
        }
    };
    private long version;

    /** The data version a walk starting now reads; hand it back to {@link #put}. */
    public synchronized long version() {
        return version;
    }

    public synchronized Landmarks get(Key key) {
        return walked.get(key);
    }

    /** Keeps a walk's landmarks unless the data changed since the walk began. */
    public synchronized void put(Key key, long readAt, Landmarks marks) {
        if (readAt == version && !marks.isEmpty()) {
            walked.put(key, marks);
        }
    }

    /** Forgets every list: rows were added, or roles changed. */
    public synchronized void changed() {
        version++;
        walked.clear();
    }
}
