package com.ssprviewer.store;

import com.ssprviewer.model.StoredCode;
import com.ssprviewer.store.api.StoreAccessException;
import com.ssprviewer.store.api.StoredView;
import com.ssprviewer.store.query.ListKind;
import com.ssprviewer.store.query.SavedView;
import com.ssprviewer.store.query.ViewDocument;
import com.ssprviewer.store.query.ViewFileException;
import com.ssprviewer.store.schema.Database;
import com.ssprviewer.store.schema.SavedViews;
import com.ssprviewer.store.schema.StoreLog;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;

/** The saved views behind the {@link Store} facade: each kept as its {@link ViewDocument}, one transaction a change. */
final class StoreViews {

    private final Database db;

    StoreViews(Database db) {
        this.db = db;
    }

    List<StoredView> list(Connection c, ListKind list) throws SQLException {
        List<StoredView> out = new ArrayList<>();
        for (SavedViews.Row row : SavedViews.all(c, list == null ? null : list.code())) {
            stored(row).ifPresent(out::add);
        }
        return out;
    }

    Optional<StoredView> find(Connection c, ListKind list, String name) throws SQLException {
        Optional<SavedViews.Row> row = SavedViews.find(c, list.code(), SavedView.cleanName(name));
        return row.isPresent() ? stored(row.get()) : Optional.empty();
    }

    boolean save(SavedView view, boolean replace) {
        return change("saving the view " + view.name(), c -> {
            if (!replace && SavedViews.find(c, view.list().code(), view.name()).isPresent()) {
                return false;
            }
            SavedViews.save(c, view.list().code(), view.name(), ViewDocument.write(view), Instant.now());
            return true;
        });
    }

    boolean rename(ListKind list, String name, String newName) {
        String clean = SavedView.cleanName(newName);
        return change("renaming the view " + name, c -> {
            StoredView old = find(c, list, name).orElseThrow(() -> new NoSuchElementException(
                    "There is no view named \"" + name + "\" of the " + list.key() + " list."));
            boolean sameView = SavedViews.key(clean).equals(SavedViews.key(old.view().name()));
            if (!sameView && SavedViews.find(c, list.code(), clean).isPresent()) {
                return false;
            }
            SavedView renamed = old.view().named(clean);
            return SavedViews.update(c, list.code(), old.view().name(), clean, ViewDocument.write(renamed),
                    Instant.now());
        });
    }

    boolean delete(ListKind list, String name) {
        return change("deleting the view " + name, c -> SavedViews.delete(c, list.code(), name.strip()));
    }

    private boolean change(String doing, Database.Work<Boolean> work) {
        try {
            return db.inTransaction(work);
        } catch (SQLException e) {
            throw new StoreAccessException("The saved views of " + db.directory() + " could not be changed ("
                    + doing + "); try again, or check the store's folder can be written.", e);
        }
    }

    /** A stored view; one whose document no longer reads is left out (and logged) rather than hiding the others. */
    private Optional<StoredView> stored(SavedViews.Row row) {
        Optional<ListKind> list = Optional.ofNullable(StoredCode.byCode(ListKind.class).get(row.listCode()));
        try {
            SavedView view = ViewDocument.read(row.document(), "The saved view \"" + row.name() + "\"");
            if (list.isEmpty() || view.list() != list.get()) {
                return Optional.empty();
            }
            return Optional.of(new StoredView(view, row.created(), row.changed()));
        } catch (ViewFileException e) {
            StoreLog.failure(db.directory(), "read a saved view", e);
            return Optional.empty();
        }
    }
}
