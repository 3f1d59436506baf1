-- Only what the queries need, and only indexes whose inserts stay local: time-ordered keys and low-cardinality
-- (column, id) pairs. High-cardinality texts (initiated by, target, IP, correlation id) have no index on events:
-- random keys dirty a random page per insert (h2-notes); sorting by them is a full sort, filtering a scan that
-- stops early on the time index. (ts, id, key_hash) also answers the de-duplication lookups of one day.
CREATE INDEX events_ts ON events (ts, id, key_hash);
CREATE INDEX events_service ON events (service, id);
CREATE INDEX events_category ON events (category, id);
CREATE INDEX events_activity ON events (activity, id);
CREATE INDEX events_status ON events (status, id);
CREATE INDEX events_reason ON events (reason, id);

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
