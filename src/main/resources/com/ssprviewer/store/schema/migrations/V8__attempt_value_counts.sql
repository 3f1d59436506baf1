-- The attempts' few-valued columns (result, methods, details) are counted like the events' texts (V5), so a list of
-- attempts sorted by one of them walks its values and passes over whole values by their counts (ValueWalk) instead
-- of scanning every attempt. The table now counts the rows of both lists. Attempts of an import that never finished
-- (ids from its first attempt up) are not visible and are not counted.
ALTER TABLE event_values RENAME TO value_counts;
ALTER TABLE value_counts ALTER COLUMN events RENAME TO row_count;

INSERT INTO value_counts (field, text_value, row_count)
SELECT 6, outcome, COUNT(*) FROM attempts
WHERE id < COALESCE((SELECT MIN(first_attempt_id) FROM imports WHERE outcome = 'RUNNING'), 9223372036854775807)
GROUP BY outcome;

INSERT INTO value_counts (field, text_value, row_count)
SELECT 7, methods, COUNT(*) FROM attempts
WHERE id < COALESCE((SELECT MIN(first_attempt_id) FROM imports WHERE outcome = 'RUNNING'), 9223372036854775807)
GROUP BY methods;

INSERT INTO value_counts (field, text_value, row_count)
SELECT 8, details, COUNT(*) FROM attempts
WHERE id < COALESCE((SELECT MIN(first_attempt_id) FROM imports WHERE outcome = 'RUNNING'), 9223372036854775807)
GROUP BY details;
