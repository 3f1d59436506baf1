-- Only what the queries need, and only indexes whose inserts stay local: time-ordered keys. Every index entry costs
-- H2 a write at insert and another at commit, so the events table has one secondary index: the five low-cardinality
-- (column, id) indexes made imports 2.6x slower (StoreBench). Filters walk the time index and stop early; sorting by
-- any other column is a bounded full sort. (ts, id, key_hash) also answers the de-duplication lookups of one day.
CREATE INDEX events_ts ON events (ts, id, key_hash);

-- Attempts: time and user. A classic report makes an attempt of every row, and each index entry costs an import
-- about as much as the row, so outcome, methods and details (a handful of values each) sort through a bounded heap
-- over the narrow attempts table instead (TopSort), and an outcome filter walks the time index.
CREATE INDEX attempts_ts ON attempts (ts, id);
CREATE INDEX attempts_user ON attempts (user_key, id);

CREATE INDEX registrations_ts ON registrations (ts, event_id);
CREATE INDEX registrations_user ON registrations (user_key, event_id);
CREATE INDEX registrations_methods ON registrations (methods, event_id);
CREATE INDEX roles_user ON roles (user_key);
