package com.ssprviewer.store.schema;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The dictionary of repeated texts (user agents, tenant ids, names, object ids, UPNs) behind an event's detail, with
 * the whole table cached in memory both ways: one row per distinct text instead of one copy per event. Only the
 * import (one at a time) adds texts, in its own transaction slices; cleaning up an incomplete import drops the
 * cache so it is read again.
 */
public final class Strings {

    private final Map<String, Integer> ids = new ConcurrentHashMap<>();
    private final Map<Integer, String> texts = new ConcurrentHashMap<>();
    private volatile boolean loaded;
    private int nextId;
    private PreparedStatement insert;
    private int pending;

    /** The id of a text, adding it (through the import's connection, batched) when it is new. */
    synchronized int id(Connection c, String text) throws SQLException {
        load(c);
        Integer id = ids.get(text);
        if (id != null) {
            return id;
        }
        int n = nextId++;
        if (insert == null) {
            insert = c.prepareStatement("INSERT INTO strings (id, text) VALUES (?, ?)");
        }
        insert.setInt(1, n);
        insert.setString(2, text);
        insert.addBatch();
        pending++;
        texts.put(n, text);
        ids.put(text, n);
        return n;
    }

    /**
     * The id the next new text takes: an import records it as its first, so undoing the import removes every text
     * it added (a first import's texts start at 0, not at the 1 a table's next id would say).
     */
    public synchronized int nextId(Connection c) throws SQLException {
        load(c);
        return nextId;
    }

    /** Sends the texts added since the last flush (the import commits them with its rows). */
    public synchronized void flush() throws SQLException {
        if (insert != null && pending > 0) {
            insert.executeBatch();
        }
        pending = 0;
    }

    /** Ends an import's use of its connection. */
    public synchronized void release() throws SQLException {
        if (insert != null) {
            insert.close();
            insert = null;
        }
        pending = 0;
    }

    String text(Connection c, int id) throws SQLException {
        load(c);
        String t = texts.get(id);
        if (t == null) {
            throw new SQLException("the store's dictionary has no text " + id);
        }
        return t;
    }

    /** Forgets the cache (after rows were removed); it is read again on next use. */
    public synchronized void invalidate() {
        loaded = false;
        ids.clear();
        texts.clear();
    }

    private void load(Connection c) throws SQLException {
        if (loaded) {
            return;
        }
        synchronized (this) {
            if (loaded) {
                return;
            }
            int max = -1;
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT id, text FROM strings")) {
                while (rs.next()) {
                    texts.put(rs.getInt(1), rs.getString(2));
                    ids.put(rs.getString(2), rs.getInt(1));
                    max = Math.max(max, rs.getInt(1));
                }
            }
            nextId = max + 1;
            loaded = true;
        }
    }
}
