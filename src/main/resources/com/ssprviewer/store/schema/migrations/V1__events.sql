-- Imports, their rejected rows, and the events. Times are epoch nanoseconds UTC (audit times carry 100 ns).
-- Sortable texts are NOT NULL ('' when absent) so keyset paging with row values never meets NULL.
CREATE TABLE imports (
    id           BIGINT PRIMARY KEY,
    file_name    VARCHAR NOT NULL,
    size         BIGINT NOT NULL,
    sha256       VARCHAR(64) NOT NULL,
    format       VARCHAR(32),
    imported_at  BIGINT NOT NULL,
    rows_read    BIGINT NOT NULL,
    events_added BIGINT NOT NULL,
    duplicates   BIGINT NOT NULL,
    rejected     BIGINT NOT NULL,
    outcome      VARCHAR(16) NOT NULL,
    message      VARCHAR,
    -- while RUNNING: the first ids its rows take, so an incomplete import can be removed (ImportCleanup)
    first_event_id   BIGINT,
    first_attempt_id BIGINT,
    first_string_id  BIGINT
);

-- Repeated texts (user agents, tenants, names, object ids) stored once; events refer to them by id.
CREATE TABLE strings (
    id    INT PRIMARY KEY,
    text  VARCHAR NOT NULL
);

CREATE TABLE rejected_rows (
    import_id BIGINT NOT NULL,
    seq       INT NOT NULL,
    line      BIGINT NOT NULL,
    reason    VARCHAR NOT NULL,
    PRIMARY KEY (import_id, seq)
);

CREATE TABLE events (
    id             BIGINT PRIMARY KEY,
    ts             BIGINT NOT NULL,
    key_hash       BIGINT NOT NULL,
    import_id      BIGINT NOT NULL,
    kind           TINYINT NOT NULL,
    service        VARCHAR NOT NULL,
    category       VARCHAR NOT NULL,
    activity       VARCHAR NOT NULL,
    status         VARCHAR(8) NOT NULL,
    reason         VARCHAR NOT NULL,
    initiated_by   VARCHAR NOT NULL,
    target         VARCHAR NOT NULL,
    ip             VARCHAR NOT NULL,
    correlation_id VARCHAR NOT NULL,
    user_key       VARCHAR NOT NULL,
    methods        INT NOT NULL,
    result         VARCHAR(16),
    detail         VARCHAR NOT NULL
);
