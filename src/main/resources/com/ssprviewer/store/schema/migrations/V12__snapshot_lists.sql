-- What coverage shows of each snapshot beyond its counts, kept with the snapshot so coverage never walks its users:
-- members per registered method, and the members of each list admins chase (the list codes are SnapshotList's),
-- as the snapshot names them: their user principal names, sorted, one per line, deflated (a list is read whole,
-- and tens of thousands of names take a few hundred kilobytes as text). Written by the import that changes a
-- snapshot, for it and for the snapshot after it (whose changes it alters).

CREATE TABLE IF NOT EXISTS snapshot_methods (
    snap_day   INT NOT NULL,
    method_ref SMALLINT NOT NULL,
    members    INT NOT NULL,
    PRIMARY KEY (snap_day, method_ref)
);

CREATE TABLE IF NOT EXISTS snapshot_lists (
    snap_day  INT NOT NULL,
    list_code SMALLINT NOT NULL,
    members   INT NOT NULL,
    names     VARBINARY NOT NULL,
    PRIMARY KEY (snap_day, list_code)
);
