-- Every sort orders equal values by time (in the sort's direction), then by id. The events' sort key gains the
-- time: it is a cache, so it is emptied here and written again in the background (lists sort in full until then).
DROP TABLE event_order;

CREATE TABLE event_order (
    field      TINYINT NOT NULL,
    sort_value VARCHAR NOT NULL,
    ts         BIGINT NOT NULL,
    id         BIGINT NOT NULL,
    PRIMARY KEY (field, sort_value, ts, id)
);

UPDATE event_order_state SET covered = 0, writing = 0;

-- The indexed sorts walk (value, time, id). The attempts' user index may be aside (UserIndex) if an import was cut
-- short: it is built here either way.
DROP INDEX IF EXISTS attempts_user;
CREATE INDEX attempts_user ON attempts (user_key, ts, id);
DROP INDEX IF EXISTS registrations_user;
CREATE INDEX registrations_user ON registrations (user_key, ts, event_id);
DROP INDEX IF EXISTS registrations_methods;
CREATE INDEX registrations_methods ON registrations (methods, ts, event_id);
