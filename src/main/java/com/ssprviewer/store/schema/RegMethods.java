package com.ssprviewer.store.schema;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The dictionary of registration method names ({@code reg_methods}): each name is one bit of the method masks of
 * {@code reg_states}, so a state holds any set of methods in one number. Names are added as imports meet them.
 */
public final class RegMethods {

    /** A mask has 63 usable bits; Graph names about twenty methods. */
    public static final int MAX = 63;

    private final Map<String, Integer> ids = new HashMap<>();
    private final List<String> names = new ArrayList<>();

    private RegMethods() {
    }

    /** The dictionary as stored. */
    public static RegMethods read(Connection c) throws SQLException {
        RegMethods m = new RegMethods();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT id, name FROM reg_methods ORDER BY id")) {
            while (rs.next()) {
                int id = rs.getInt(1);
                while (m.names.size() < id) {
                    m.names.add(null);
                }
                m.names.set(id - 1, rs.getString(2));
                m.ids.put(rs.getString(2), id);
            }
        }
        return m;
    }

    /**
     * The mask of a list of names, adding names not yet known to the dictionary (in the caller's transaction).
     *
     * @throws SQLException when the dictionary is full
     */
    public long mask(Connection c, List<String> methods) throws SQLException {
        long mask = 0;
        for (String name : methods) {
            Integer id = ids.get(name);
            if (id == null) {
                id = add(c, name);
            }
            mask |= 1L << (id - 1);
        }
        return mask;
    }

    private int add(Connection c, String name) throws SQLException {
        int id = names.size() + 1;
        if (id > MAX) {
            throw new SQLException("more than " + MAX + " different method names; " + name + " cannot be kept");
        }
        try (PreparedStatement p = c.prepareStatement("INSERT INTO reg_methods (id, name) VALUES (?, ?)")) {
            p.setInt(1, id);
            p.setString(2, name);
            p.executeUpdate();
        }
        names.add(name);
        ids.put(name, id);
        return id;
    }

    /** The names of a mask, in dictionary order. */
    public List<String> names(long mask) {
        List<String> out = new ArrayList<>(Long.bitCount(mask));
        for (int i = 0; i < names.size(); i++) {
            if ((mask & (1L << i)) != 0) {
                out.add(names.get(i));
            }
        }
        return out;
    }
}
