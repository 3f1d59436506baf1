-- The distinct values of the events' many-valued texts (target, IP, initiated by; the field codes are the sort key's,
-- SortOrders.Field), each with the number of visible events carrying it, so a free-text search matches a term
-- against a few thousand short values first: a term no value holds finds nothing at once, and one that names a few
-- values finds their events through the sort key. Written in each import's final transaction (like value_counts),
-- and brought in step by every removal. Events of an import that never finished are not visible and not counted.
CREATE TABLE IF NOT EXISTS text_values (
    field      TINYINT NOT NULL,
    text_value VARCHAR NOT NULL,
    row_count  BIGINT NOT NULL,
    PRIMARY KEY (field, text_value)
);

-- The table is wholly derived from the events: replaying this step (as a test does) counts them again.
DELETE FROM text_values;

INSERT INTO text_values (field, text_value, row_count)
SELECT 1, target, COUNT(*) FROM events
WHERE id < COALESCE((SELECT MIN(first_event_id) FROM imports WHERE outcome = 'RUNNING'), 9223372036854775807)
GROUP BY target;

INSERT INTO text_values (field, text_value, row_count)
SELECT 2, ip, COUNT(*) FROM events
WHERE id < COALESCE((SELECT MIN(first_event_id) FROM imports WHERE outcome = 'RUNNING'), 9223372036854775807)
GROUP BY ip;

INSERT INTO text_values (field, text_value, row_count)
SELECT 3, initiated_by, COUNT(*) FROM events
WHERE id < COALESCE((SELECT MIN(first_event_id) FROM imports WHERE outcome = 'RUNNING'), 9223372036854775807)
GROUP BY initiated_by;
