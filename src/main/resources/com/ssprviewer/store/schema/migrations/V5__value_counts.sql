-- How many events carry each value of the few-valued texts (service, category, activity, status, reason): a list
-- sorted by one of them walks these values in order and, for each, the events in id order (ValueWalk), instead of
-- sorting every event. Written in each import's final transaction, so it always matches the visible events.
CREATE TABLE event_values (
    field  TINYINT NOT NULL,
    text_value VARCHAR NOT NULL,
    events BIGINT NOT NULL,
    PRIMARY KEY (field, text_value)
);

INSERT INTO event_values (field, text_value, events)
SELECT 1, service, COUNT(*) FROM events WHERE import_id NOT IN (SELECT id FROM imports WHERE outcome = 'RUNNING')
GROUP BY service;

INSERT INTO event_values (field, text_value, events)
SELECT 2, category, COUNT(*) FROM events WHERE import_id NOT IN (SELECT id FROM imports WHERE outcome = 'RUNNING')
GROUP BY category;

INSERT INTO event_values (field, text_value, events)
SELECT 3, activity, COUNT(*) FROM events WHERE import_id NOT IN (SELECT id FROM imports WHERE outcome = 'RUNNING')
GROUP BY activity;

INSERT INTO event_values (field, text_value, events)
SELECT 4, status, COUNT(*) FROM events WHERE import_id NOT IN (SELECT id FROM imports WHERE outcome = 'RUNNING')
GROUP BY status;

INSERT INTO event_values (field, text_value, events)
SELECT 5, reason, COUNT(*) FROM events WHERE import_id NOT IN (SELECT id FROM imports WHERE outcome = 'RUNNING')
GROUP BY reason;
