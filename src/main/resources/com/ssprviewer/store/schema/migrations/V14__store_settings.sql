-- Settings that belong to the store rather than to one window (e.g. how many months of data it keeps), so the
-- window and a scheduled command-line import apply the same rules. One row per setting; absent means unset.
CREATE TABLE IF NOT EXISTS store_settings (
    setting_name  VARCHAR PRIMARY KEY,
    setting_value VARCHAR NOT NULL
);

-- The ids of the rows a removal (retention, forgetting a person) takes, filled and emptied again inside its one
-- transaction: other sessions never see a row here, and set-wise deletes join it instead of long IN lists.
CREATE TABLE IF NOT EXISTS removing_events (
    id BIGINT PRIMARY KEY
);
CREATE TABLE IF NOT EXISTS removing_attempts (
    id BIGINT PRIMARY KEY
);
