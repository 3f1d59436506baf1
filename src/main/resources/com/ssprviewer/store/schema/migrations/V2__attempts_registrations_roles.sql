-- Derived data, rebuilt inside the import transaction so it always matches the events.
CREATE TABLE attempts (
    id             BIGINT PRIMARY KEY,
    user_key       VARCHAR NOT NULL,
    ts             BIGINT NOT NULL,
    outcome        VARCHAR(16) NOT NULL,
    methods        VARCHAR NOT NULL,
    methods_mask   INT NOT NULL,
    details        VARCHAR NOT NULL,
    ip             VARCHAR NOT NULL,
    correlation_id VARCHAR NOT NULL,
    event_count    INT NOT NULL,
    event_id       BIGINT
);

CREATE TABLE registrations (
    event_id     BIGINT PRIMARY KEY,
    user_key     VARCHAR NOT NULL,
    ts           BIGINT NOT NULL,
    methods      VARCHAR NOT NULL,
    methods_mask INT NOT NULL,
    status       VARCHAR(8) NOT NULL,
    activity     VARCHAR NOT NULL
);

CREATE TABLE roles (
    user_key  VARCHAR NOT NULL,
    role      VARCHAR NOT NULL,
    ts        BIGINT NOT NULL,
    event_id  BIGINT NOT NULL,
    import_id BIGINT NOT NULL
);

CREATE TABLE latest_roles (
    user_key VARCHAR PRIMARY KEY,
    role     VARCHAR NOT NULL,
    ts       BIGINT NOT NULL
);
