package com.ssprviewer.store;

import com.ssprviewer.importer.ExportFormatException;
import com.ssprviewer.importer.ExportOpener;
import com.ssprviewer.importer.ExportReader;
import com.ssprviewer.model.Registration;
import com.ssprviewer.model.ResetAttempt;
import com.ssprviewer.model.UserRegistration;
import com.ssprviewer.store.api.AttemptRow;
import com.ssprviewer.store.api.EventRow;
import com.ssprviewer.store.api.FolderAccess;
import com.ssprviewer.store.api.ImportRecord;
import com.ssprviewer.store.api.ImportResult;
import com.ssprviewer.store.api.OpenNotice;
import com.ssprviewer.store.api.Passphrase;
import com.ssprviewer.store.api.PolicyChange;
import com.ssprviewer.store.api.RejectedRow;
import com.ssprviewer.store.api.Removal;
import com.ssprviewer.store.api.SnapshotFacts;
import com.ssprviewer.store.api.SnapshotState;
import com.ssprviewer.store.api.SnapshotTotals;
import com.ssprviewer.store.api.SnapshotUser;
import com.ssprviewer.store.api.StoreAccessException;
import com.ssprviewer.store.api.StoreException;
import com.ssprviewer.store.api.StoreProblem;
import com.ssprviewer.store.api.StoredEvent;
import com.ssprviewer.store.imports.ImportLog;
import com.ssprviewer.store.imports.ImportTuning;
import com.ssprviewer.store.imports.Removals;
import com.ssprviewer.store.imports.RoleAssignments;
import com.ssprviewer.store.paging.LandmarkMemo;
import com.ssprviewer.store.paging.ListSpec;
import com.ssprviewer.store.paging.PageQuery;
import com.ssprviewer.store.paging.PersonStates;
import com.ssprviewer.store.paging.Queries;
import com.ssprviewer.store.paging.Snapshots;
import com.ssprviewer.store.paging.StoredEvents;
import com.ssprviewer.store.paging.StoredLandmarks;
import com.ssprviewer.store.paging.Upkeep;
import com.ssprviewer.store.query.EventFilter;
import com.ssprviewer.store.query.Landmarks;
import com.ssprviewer.store.query.ListKind;
import com.ssprviewer.store.query.Page;
import com.ssprviewer.store.query.PageRequest;
import com.ssprviewer.store.query.Sort;
import com.ssprviewer.store.schema.Database;
import com.ssprviewer.store.schema.KeptAnswers;
import com.ssprviewer.store.schema.SortOrders;
import com.ssprviewer.store.schema.StoreFaults;
import com.ssprviewer.store.schema.StoreLog;
import com.ssprviewer.store.schema.StoreRewrite;
import com.ssprviewer.store.schema.StoreSettings;
import com.ssprviewer.work.Progress;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * The local, never-expiring history of SSPR audit data: one embedded H2 database per folder. Imports are
 * all-or-nothing per file and idempotent (an event already stored, by its id or its content, is never added again);
 * lists are filtered, sorted and paged in SQL so tables stay fast at millions of events. Every method does I/O, so
 * every method refuses to run on the JavaFX application thread; call it from a background task. Safe for concurrent
 * use: reads run beside an import and see the state before it until it completes; imports run one at a time.
 */
public final class Store implements AutoCloseable {

    private final Database db;
    private final Object importLock = new Object();
    private final ImportTuning tuning;

    private final Upkeep upkeep;
    private final LandmarkMemo landmarks = new LandmarkMemo();
    private final StoreImports imports;
    private final Path shownAs;
    private final Runnable afterClose;

    private Store(Database db, ImportTuning tuning) {
        this(db, tuning, db.directory(), () -> { });
    }

    /** A store whose database lives elsewhere (a copy) but which names the folder it stands for. */
    private Store(Database db, ImportTuning tuning, Path shownAs, Runnable afterClose) {
        this.db = db;
        this.tuning = tuning;
        this.shownAs = shownAs;
        this.afterClose = afterClose;
        this.upkeep = new Upkeep(db);
        this.imports = new StoreImports(db, tuning, importLock, landmarks, upkeep);
        upkeep.request();
    }

    /** The per-user data folder the window and the command line share by default. */
    public static Path defaultDirectory() {
        return StoreDirectories.defaultDirectory(System.getProperty("os.name", ""), System.getenv(),
                System.getProperty("user.home", "."));
    }

    /** Opens (creating if missing) the plain store in the folder and brings its schema up to date. */
    public static Store open(Path directory) throws StoreException {
        return open(directory, null, ImportTuning.DEFAULT);
    }

    /**
     * Opens (creating if missing) the store in the folder with its passphrase: a store created with one is encrypted
     * at rest. An encrypted store without a passphrase is refused with {@link StoreProblem#PASSPHRASE_NEEDED}, with a
     * wrong one with {@link StoreProblem#WRONG_PASSPHRASE}, each with its sentence; a passphrase given for a plain
     * store is not needed and changes nothing.
     *
     * @param passphrase null when none was given
     */
    public static Store open(Path directory, Passphrase passphrase) throws StoreException {
        return open(directory, passphrase, ImportTuning.DEFAULT);
    }

    /**
     * Opens the store like {@link #open(Path)}, telling {@code notice} first when cleaning up an import that did not
     * finish (a crash or kill during it) will keep the caller waiting.
     */
    public static Store open(Path directory, OpenNotice notice) throws StoreException {
        return open(directory, null, notice);
    }

    /** {@link #open(Path, OpenNotice)} of a store encrypted with {@code passphrase} (null: a plain store). */
    public static Store open(Path directory, Passphrase passphrase, OpenNotice notice) throws StoreException {
        FxGuard.check();
        return new Store(Database.open(directory, passphrase, notice, false), ImportTuning.DEFAULT);
    }

    /** Opens the store with its imports paced, and heard at each stage, as tests ask. */
    static Store open(Path directory, ImportTuning tuning) throws StoreException {
        return open(directory, null, tuning);
    }

    private static Store open(Path directory, Passphrase passphrase, ImportTuning tuning) throws StoreException {
        FxGuard.check();
        return new Store(Database.open(directory, passphrase), tuning);
    }

    /** Whether the store in the folder is encrypted, so its passphrase must be asked for before opening it. */
    public static boolean encrypted(Path directory) {
        FxGuard.check();
        return Database.encrypted(directory);
    }

    /**
     * Sets, changes or removes the passphrase of the store in the folder, which must be closed (the window closes
     * it first): the store's file is rewritten into a new file beside it, which then replaces it in one step, so a
     * crash or a cancel at any point leaves the store under either passphrase, with every answer it had.
     *
     * @param current its passphrase now, null when it is not encrypted
     * @param next    the passphrase it gets, null to store it unencrypted
     * @throws java.util.concurrent.CancellationException when the progress was cancelled (nothing changed)
     */
    public static void changePassphrase(Path directory, Passphrase current, Passphrase next, Progress progress)
            throws StoreException {
        FxGuard.check();
        StoreRewrite.change(directory, current, next, progress == null ? Progress.NONE : progress);
    }

    /**
     * Opens a copy of the store in the folder, taken now, for reading only: for a reader that finds the store held
     * by another window or command. The copy answers as the store did when it was taken (an import still running
     * there stays unseen) and is deleted when the store is closed.
     */
    public static Store openCopy(Path directory, Passphrase passphrase) throws StoreException {
        FxGuard.check();
        Path origin = directory.toAbsolutePath().normalize();
        return StoreCopy.open(origin, passphrase,
                (db, delete) -> new Store(db, ImportTuning.DEFAULT, origin, delete));
    }

    public Path directory() {
        FxGuard.check();
        return shownAs;
    }

    /**
     * Whether the store could only be opened for viewing: its folder or file cannot be written. Everything reads as
     * usual (an unfinished import stays hidden); imports and marks fail with a sentence saying it cannot be written.
     */
    public boolean readOnly() {
        FxGuard.check();
        return db.readOnly();
    }

    /** Whether the store is open for viewing only because the disk holding it is full (see {@link #readOnly()}). */
    public boolean diskFull() {
        FxGuard.check();
        return db.diskFull();
    }

    /**
     * Who could reach the store's folder when it was opened: the store keeps its folder and files to their owner,
     * and takes away, at open, any access others were given since (say so to the user when it did).
     */
    public FolderAccess folderAccess() {
        FxGuard.check();
        return db.access();
    }

    /**
     * Imports one file as one transaction, read by whatever reader the opener hands over (the caller decides the
     * format); bad input becomes a REFUSED or FAILED result, never an exception. A file the opener refuses with an
     * {@link ExportFormatException} is recorded in the import log as refused, with its digest and the message. The
     * progress hears how many bytes of the file were read and is asked for every row whether to stop: a cancel
     * leaves the store exactly as it was before the file.
     */
    public ImportResult importFile(Path file, ExportOpener opener, Progress progress) {
        return importFile(file, opener, null, progress);
    }

    /**
     * {@link #importFile(Path, ExportOpener, Progress)} for any file the opener reads ({@link ExportOpener#openAny}):
     * audit events, or a registration snapshot, which is the tenant's registration state on one UTC day.
     *
     * @param snapshotDay the day of a registration snapshot as the user gives it; null to take the day of the
     *                    newest {@code lastUpdatedDateTime} in the file (a snapshot without dates is then refused)
     */
    public ImportResult importFile(Path file, ExportOpener opener, LocalDate snapshotDay, Progress progress) {
        FxGuard.check();
        writable();
        return imports.file(file, opener, snapshotDay, progress);
    }

    /** Refuses to write to a store opened read-only, with the sentence a write failure there would give. */
    private void writable() {
        if (db.readOnly()) {
            throw StoreFaults.access(db.directory(), "write", new java.nio.file.AccessDeniedException(
                    db.directory().toString()));
        }
    }

    /**
     * Imports a role list (a CSV with a user principal name column and a role column, e.g. an export of Entra role
     * assignments), so administrators are known where audit exports carry no role. The newest information wins.
     */
    public ImportResult importRoleList(Path file) {
        FxGuard.check();
        writable();
        return imports.roleList(file);
    }

    /** The import path behind {@link #importFile}, for any reader (tests feed hand-built events through it). */
    ImportResult importReader(Path file, String name, long size, String sha256, ExportReader reader,
                              Progress listener) {
        return imports.reader(file, name, size, sha256, reader, listener);
    }

    /** Marks a user as an administrator (role {@code Administrator}) or not (role {@code User}), from now on. */
    public void setAdministrator(String user, boolean administrator) {
        FxGuard.check();
        try {
            synchronized (importLock) {
                RoleAssignments.mark(db, user, administrator);
                landmarks.changed();
            }
        } catch (java.sql.SQLException e) {
            throw StoreFaults.access(db.directory(), "saving an administrator mark", e);
        }
    }

    /** How many months of data the store keeps (retention); empty when it keeps everything for good. */
    public Optional<Integer> keepMonths() {
        return read(c -> StoreSettings.get(c, StoreSettings.KEEP_MONTHS).map(Integer::valueOf));
    }

    /** Sets how many months of data the store keeps (at least 1), or null to keep everything for good. */
    public void keepMonths(Integer months) {
        FxGuard.check();
        if (months != null && months < 1) {
            throw new IllegalArgumentException("a store keeps at least one month");
        }
        try {
            db.inTransaction(c -> {
                StoreSettings.set(c, StoreSettings.KEEP_MONTHS, months == null ? null : String.valueOf(months));
                return null;
            });
        } catch (SQLException e) {
            throw new StoreAccessException("The retention setting could not be saved in " + db.directory() + ".", e);
        }
    }

    /** The first day retention keeps on {@code today}: the same day {@code keepMonths} months before. */
    public static LocalDate retentionCutOff(LocalDate today, int keepMonths) {
        return today.minusMonths(keepMonths);
    }

    /**
     * Removes the data older than the store's retention setting allows on {@code today} (UTC), as the next import
     * does; empty when the store keeps everything.
     */
    public Optional<Removal> applyRetention(LocalDate today) {
        Optional<Integer> months = keepMonths();
        return months.map(m -> removeOlderThan(retentionCutOff(today, m), true));
    }

    /**
     * Removes (or, when {@code apply} is false, only counts) the events, attempts, registrations, policy changes and
     * registration snapshots from before the start of the UTC day {@code cutOff}, as one transaction, and logs it in
     * the import history by its counts and cut-off.
     */
    public Removal removeOlderThan(LocalDate cutOff, boolean apply) {
        return removeOlderThan(cutOff, apply, Progress.NONE);
    }

    /**
     * As {@link #removeOlderThan(LocalDate, boolean)}, reporting its steps; when {@code progress} is cancelled it
     * stops with a {@link java.util.concurrent.CancellationException} and nothing is removed.
     */
    public Removal removeOlderThan(LocalDate cutOff, boolean apply, Progress progress) {
        return removal(apply, () -> Removals.olderThan(db, cutOff, apply, progress));
    }

    /**
     * Removes (or only counts) every row about one person, named by user principal name or object id, as one
     * transaction, and logs it in the import history by its count alone (never the name).
     */
    public Removal forget(String user, boolean apply) {
        return forget(user, apply, Progress.NONE);
    }

    /**
     * As {@link #forget(String, boolean)}, reporting its steps; when {@code progress} is cancelled it stops with a
     * {@link java.util.concurrent.CancellationException} and nothing is removed.
     */
    public Removal forget(String user, boolean apply, Progress progress) {
        return removal(apply, () -> Removals.person(db, user, apply, progress));
    }

    private interface RemovalWork {
        Removal run() throws SQLException;
    }

    private Removal removal(boolean apply, RemovalWork work) {
        FxGuard.check();
        synchronized (importLock) {
            // the sort key's upkeep writes entries for the events being removed: it waits until they are gone
            upkeep.hold(true);
            upkeep.await();
            try {
                return work.run();
            } catch (SQLException e) {
                throw new StoreAccessException("The store " + db.directory() + " could not remove the data; nothing"
                        + " was removed. Try again, or report the problem.", e);
            } finally {
                if (apply) {
                    landmarks.changed();
                }
                upkeep.hold(false);
                upkeep.request();
            }
        }
    }

    /** The import log, newest first. */
    public List<ImportRecord> imports() {
        return read(ImportLog::imports);
    }

    public List<RejectedRow> rejectedRows(long importId) {
        return read(c -> ImportLog.rejectedRows(c, importId));
    }

    /** The rows an import read but could not wholly use (e.g. a user's methods unknown), in line order. */
    public List<RejectedRow> importWarnings(long importId) {
        return read(c -> ImportLog.warnings(c, importId));
    }

    /** Every registration snapshot's counts, oldest first (the trend); empty when none was imported. */
    public List<SnapshotTotals> snapshots() {
        return read(Snapshots::totals);
    }

    /** The newest snapshot on or before a day (any day: null); empty when there is none. */
    public Optional<SnapshotTotals> snapshotOnOrBefore(LocalDate day) {
        List<SnapshotTotals> all = snapshots();
        for (int i = all.size() - 1; i >= 0; i--) {
            if (day == null || !all.get(i).day().isAfter(day)) {
                return Optional.of(all.get(i));
            }
        }
        return Optional.empty();
    }

    /** Members per method and the lists of the snapshot of a day, as its import kept them. */
    public SnapshotFacts snapshotFacts(LocalDate day) {
        return read(c -> Snapshots.facts(c, day));
    }

    /** Every user of the snapshot of a day with their registration state, in no particular order. */
    public void forEachSnapshotUser(LocalDate day, Consumer<SnapshotUser> sink) {
        read(c -> {
            Snapshots.forEachUser(c, day, sink);
            return null;
        });
    }

    /**
     * One user's registration state in every snapshot that lists them, oldest first: by object id when known, else
     * by user principal name ignoring case; empty when no snapshot lists them.
     */
    public List<SnapshotState> userSnapshots(String upn, String objectId) {
        return read(c -> PersonStates.ofUser(c, upn, objectId));
    }

    /** Each named user's state in every snapshot that lists them, by user principal name in lower case. */
    public Map<String, NavigableMap<LocalDate, UserRegistration>> snapshotStates(Set<String> upnKeys) {
        return read(c -> PersonStates.of(c, upnKeys));
    }

    public long count(ListKind kind, EventFilter filter) {
        return read(c -> Queries.count(c, kind, filter, db.visible()));
    }

    public Page<EventRow> events(EventFilter filter, Sort sort, PageRequest page) {
        return read(c -> PageQuery.run(c, ListKind.EVENTS, Queries.EVENT_COLUMNS, filter, sort, page,
                db.visible(), Queries::eventRow));
    }

    public Page<AttemptRow> attempts(EventFilter filter, Sort sort, PageRequest page) {
        return read(c -> PageQuery.run(c, ListKind.ATTEMPTS, Queries.ATTEMPT_COLUMNS, filter, sort, page,
                db.visible(), Queries::attemptRow));
    }

    public Page<Registration> registrations(EventFilter filter, Sort sort, PageRequest page) {
        return read(c -> PageQuery.run(c, ListKind.REGISTRATIONS, Queries.REGISTRATION_COLUMNS, filter, sort, page,
                db.visible(), Queries::registration));
    }

    /** The changes of the password reset policy matching the filter, each with the properties it modified. */
    public Page<PolicyChange> policyChanges(EventFilter filter, Sort sort, PageRequest page) {
        return read(c -> PageQuery.run(c, ListKind.POLICY, Queries.POLICY_COLUMNS, filter, sort, page,
                db.visible(), Queries.policyChange(c, db.strings())));
    }

    /**
     * Where a list stands every {@code every} rows ({@link Landmarks}), so that a page anywhere in it is fetched from
     * the nearest landmark instead of by a deep offset. Known landmarks come at once; otherwise one walk of the
     * list's index or sort key (about a second for a million events, more with a filter that reads rows), which
     * throws {@link java.util.concurrent.CancellationException} soon after {@code cancelled} turns true.
     */
    public Landmarks landmarks(ListKind kind, EventFilter filter, Sort sort, int every, BooleanSupplier cancelled) {
        LandmarkMemo.Key key = landmarkKey(kind, filter, sort, every);
        Landmarks known = knownLandmarks(key);
        if (!known.isEmpty()) {
            return known;
        }
        long version = landmarks.version();
        Landmarks walked = read(c -> PageQuery.landmarks(c, kind, key.filter(), key.sort(), every, db.visible(),
                cancelled));
        landmarks.put(key, version, walked);
        return walked;
    }

    /**
     * The landmarks of a list if they are known without a walk (the store keeps them for every list in its default
     * order, and remembers those walked since its data last changed); {@link Landmarks#NONE} otherwise.
     */
    public Landmarks knownLandmarks(ListKind kind, EventFilter filter, Sort sort, int every) {
        return knownLandmarks(landmarkKey(kind, filter, sort, every));
    }

    private Landmarks knownLandmarks(LandmarkMemo.Key key) {
        Landmarks known = landmarks.get(key);
        if (known != null) {
            return known;
        }
        if (!StoredLandmarks.kept(key.kind(), key.filter(), key.sort(), key.every())) {
            return Landmarks.NONE;
        }
        long version = landmarks.version();
        Landmarks kept = read(c -> StoredLandmarks.read(c, key.kind(), db.visible()));
        if (kept == null) {
            return Landmarks.NONE;
        }
        landmarks.put(key, version, kept);
        return kept;
    }

    private static LandmarkMemo.Key landmarkKey(ListKind kind, EventFilter filter, Sort sort, int every) {
        return new LandmarkMemo.Key(kind, filter == null ? EventFilter.NONE : filter, ListSpec.checked(kind, sort),
                every);
    }

    /** The whole event with the name of the file it came from. */
    public Optional<StoredEvent> event(long eventId) {
        return read(c -> StoredEvents.byId(c, eventId, db.visible(), db.strings()));
    }

    /** The events an attempt was derived from, oldest first. */
    public List<StoredEvent> attemptEvents(long attemptId) {
        return read(c -> StoredEvents.ofAttempt(c, attemptId, db.visible(), db.strings()));
    }

    /** Every matching attempt, oldest first, with the user's latest known role. */
    public void forEachAttempt(EventFilter filter, Consumer<ResetAttempt> sink) {
        read(c -> {
            Queries.forEach(c, ListKind.ATTEMPTS, Queries.ATTEMPT_COLUMNS, filter, db.visible(),
                    Queries::attemptRow,
                    row -> sink.accept(row.attempt()));
            return null;
        });
    }

    /**
     * Every matching attempt in no particular order, with the user's latest known role: for answers that do not
     * depend on the order (the summary), read in the order the store keeps them, which is cheaper than time order.
     */
    public void scanAttempts(EventFilter filter, Consumer<ResetAttempt> sink) {
        read(c -> {
            Queries.forEachUnordered(c, ListKind.ATTEMPTS, Queries.ATTEMPT_COLUMNS, filter, db.visible(),
                    Queries::attemptRow, row -> sink.accept(row.attempt()));
            return null;
        });
    }

    /** Every matching registration in no particular order, with the user's latest known role. */
    public void scanRegistrations(EventFilter filter, Consumer<Registration> sink) {
        read(c -> {
            Queries.forEachUnordered(c, ListKind.REGISTRATIONS, Queries.REGISTRATION_COLUMNS, filter, db.visible(),
                    Queries::registration, sink);
            return null;
        });
    }

    /** Every matching registration, oldest first, with the user's latest known role. */
    public void forEachRegistration(EventFilter filter, Consumer<Registration> sink) {
        read(c -> {
            Queries.forEach(c, ListKind.REGISTRATIONS, Queries.REGISTRATION_COLUMNS, filter, db.visible(),
                    Queries::registration,
                    sink);
            return null;
        });
    }

    /**
     * The stamp of all of the store's data as it is now, to find or keep an answer over all of it with; empty while
     * an import is under way (its rows are not visible yet, and the stamp counts them).
     */
    public Optional<String> dataStamp() {
        return db.visible().everything() ? Optional.of(read(KeptAnswers::stamp)) : Optional.empty();
    }

    /** The answer kept under {@code key} for data of this {@link #dataStamp() stamp}, if one was kept. */
    public Optional<byte[]> keptAnswer(String key, String stamp) {
        return read(c -> KeptAnswers.find(c, key, stamp));
    }

    /**
     * Keeps an answer computed over all of the data of this {@link #dataStamp() stamp}, so the next one asked for
     * the same data reads it instead of computing it again. A store that cannot be written keeps nothing; a store
     * that fails to keep it still answered, so the failure only goes to the store's log.
     */
    public void keepAnswer(String key, String stamp, byte[] answer) {
        FxGuard.check();
        if (db.readOnly()) {
            return;
        }
        try {
            db.inTransaction(c -> {
                KeptAnswers.keep(c, key, stamp, answer);
                return null;
            });
        } catch (SQLException e) {
            StoreLog.failure(db.directory(), "keep an answer", e);
        }
    }

    /** The values present in a column (service, category, activity, status, role) among events matching a filter. */
    public List<String> distinctValues(String column, EventFilter within) {
        return read(c -> Queries.distinctValues(c, column, within, db.visible()));
    }

    /**
     * Waits for the work the store does in the background after an import (extending its sort key), so that a
     * command-line import leaves the store complete for the next window instead of stopping it at close.
     */
    public void finishBackgroundWork() {
        FxGuard.check();
        upkeep.await();
    }

    /**
     * Waits for that work only where lists need it: a store of up to {@link #QUICK_FULL_SORT} events sorts them in
     * full as fast as through the key, so a command ends without waiting and the key catches up when the store is
     * next opened. Returns whether it waited.
     */
    public boolean finishBackgroundWorkListsNeed() {
        FxGuard.check();
        if (read(c -> SortOrders.visibleLimit(c, db.visible())) <= QUICK_FULL_SORT) {
            return false;
        }
        upkeep.await();
        return true;
    }

    /**
     * The most events a list sorts in full about as fast as through the sort key (a few hundred milliseconds); tests
     * lower it with the system property {@code sspr.quickFullSort}.
     */
    public static final long QUICK_FULL_SORT = Long.getLong("sspr.quickFullSort", 100_000);

    /** What tests and benchmarks do to the store beyond its API. */
    StoreMaintenance maintenance() {
        return new StoreMaintenance(db, upkeep);
    }

    @Override
    public void close() {
        FxGuard.check();
        upkeep.stop();
        try {
            db.close();
        } finally {
            afterClose.run();
        }
    }

    private interface Read<T> {
        T apply(Connection c) throws SQLException;
    }

    private <T> T read(Read<T> query) {
        FxGuard.check();
        Connection c = null;
        try {
            c = db.borrow();
            return query.apply(c);
        } catch (SQLException e) {
            throw StoreFaults.access(db.directory(), "read", e);
        } finally {
            if (c != null) {
                db.release(c);
            }
        }
    }
}
