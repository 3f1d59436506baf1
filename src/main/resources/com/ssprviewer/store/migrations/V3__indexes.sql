-- Every sortable column has an index ending in id, so the first page of any sort and keyset pages walk an index.
-- (ts, id, key_hash) also answers the de-duplication lookups of one day without touching rows.
CREATE INDEX events_ts ON events (ts, id, key_hash);
CREATE INDEX events_service ON events (service, id);
CREATE INDEX events_category ON events (category, id);
CREATE INDEX events_activity ON events (activity, id);
CREATE INDEX events_status ON events (status, id);
CREATE INDEX events_reason ON events (reason, id);
CREATE INDEX events_initiated_by ON events (initiated_by, id);
CREATE INDEX events_target ON events (target, id);
CREATE INDEX events_ip ON events (ip, id);

CREATE INDEX attempts_ts ON attempts (ts, id);
CREATE INDEX attempts_user ON attempts (user_key, id);
CREATE INDEX attempts_outcome ON attempts (outcome, id);
CREATE INDEX attempts_methods ON attempts (methods, id);
CREATE INDEX attempts_details ON attempts (details, id);
CREATE INDEX attempts_correlation ON attempts (correlation_id);
CREATE INDEX attempts_event ON attempts (event_id);

CREATE INDEX registrations_ts ON registrations (ts, event_id);
CREATE INDEX registrations_user ON registrations (user_key, event_id);
CREATE INDEX registrations_methods ON registrations (methods, event_id);
CREATE INDEX roles_user ON roles (user_key);
