-- Only what the queries need, and only indexes whose inserts stay local: time-ordered keys. Every index entry costs
-- H2 a write at insert and another at commit, so the events table has one secondary index: the five low-cardinality
-- (column, id) indexes made imports 2.6x slower (StoreBench). Filters walk the time index and stop early; sorting by
-- any other column is a bounded full sort. (ts, id, key_hash) also answers the de-duplication lookups of one day.
CREATE INDEX events_ts ON events (ts, id, key_hash);

-- Attempts are one row per flow (about an eighth of the events), so a per-user and a correlation-id index stay cheap.
CREATE INDEX attempts_ts ON attempts (ts, id);
CREATE INDEX attempts_user ON attempts (user_key, id);
CREATE INDEX attempts_outcome ON attempts (outcome, id);
CREATE INDEX attempts_methods ON attempts (methods, id);
CREATE INDEX attempts_details ON attempts (details, id);
CREATE INDEX attempts_correlation ON attempts (correlation_id);

CREATE INDEX registrations_ts ON registrations (ts, event_id);
CREATE INDEX registrations_user ON registrations (user_key, event_id);
CREATE INDEX registrations_methods ON registrations (methods, event_id);
CREATE INDEX roles_user ON roles (user_key);
