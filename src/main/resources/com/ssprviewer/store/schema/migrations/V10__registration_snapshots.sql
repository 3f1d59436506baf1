-- Registration snapshots: each user's registration state on one UTC day (Entra's userRegistrationDetails), kept
-- month after month. Small by design: a person is stored once (reg_users), a combination of flags and methods once
-- (reg_states, few hundred rows even in a large tenant), and a snapshot is one narrow row per user that points at
-- both. Days are counted from 1970-01-01 (UTC). IF NOT EXISTS: replaying the migrations after V9 (as a test
-- does for a store from an earlier release) finds these tables in place.

-- Method names (Graph's), one bit each in the masks of reg_states: bit (id - 1).
CREATE TABLE IF NOT EXISTS reg_methods (
    id   SMALLINT PRIMARY KEY,
    name VARCHAR NOT NULL UNIQUE
);

-- One row per person: by object id, else by user principal name (upn_key is it in lower case). The names are those
-- of the newest snapshot that lists the person (named_day).
CREATE TABLE IF NOT EXISTS reg_users (
    id           INT PRIMARY KEY,
    object_id    VARCHAR,
    upn          VARCHAR NOT NULL,
    upn_key      VARCHAR NOT NULL,
    display_name VARCHAR,
    named_day    INT NOT NULL
);
CREATE INDEX IF NOT EXISTS reg_users_upn ON reg_users (upn_key);

-- Distinct registration states. methods_known is false where the export did not say which methods (methods is 0).
CREATE TABLE IF NOT EXISTS reg_states (
    id                    INT PRIMARY KEY,
    member                BOOLEAN NOT NULL,
    admin                 BOOLEAN NOT NULL,
    sspr_registered       BOOLEAN NOT NULL,
    sspr_enabled          BOOLEAN NOT NULL,
    sspr_capable          BOOLEAN NOT NULL,
    mfa_registered        BOOLEAN NOT NULL,
    mfa_capable           BOOLEAN NOT NULL,
    passwordless_capable  BOOLEAN NOT NULL,
    system_preferred_on   BOOLEAN NOT NULL,
    methods_known         BOOLEAN NOT NULL,
    methods               BIGINT NOT NULL,
    system_preferred      BIGINT NOT NULL,
    user_preferred        VARCHAR,
    default_mfa           VARCHAR
);

-- Who was in which snapshot, in which state.
CREATE TABLE IF NOT EXISTS snapshot_users (
    snap_day  INT NOT NULL,
    user_ref  INT NOT NULL,
    state_ref INT NOT NULL,
    PRIMARY KEY (snap_day, user_ref)
);

-- Each snapshot's counts, written by the import that changed it, so the trend reads one row per snapshot.
CREATE TABLE IF NOT EXISTS reg_snapshots (
    snap_day             INT PRIMARY KEY,
    users                INT NOT NULL,
    members              INT NOT NULL,
    guests               INT NOT NULL,
    sspr_registered      INT NOT NULL,
    sspr_enabled         INT NOT NULL,
    sspr_capable         INT NOT NULL,
    mfa_registered       INT NOT NULL,
    mfa_capable          INT NOT NULL,
    passwordless_capable INT NOT NULL
);

-- What an import read but could not fully use (e.g. methods PowerShell did not expand), by line.
CREATE TABLE IF NOT EXISTS import_warnings (
    import_id BIGINT NOT NULL,
    seq       INT NOT NULL,
    line      BIGINT NOT NULL,
    reason    VARCHAR NOT NULL,
    PRIMARY KEY (import_id, seq)
);
