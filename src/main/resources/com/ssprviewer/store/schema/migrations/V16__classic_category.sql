-- Classic report rows take the category Entra gives these activities today (UserManagement) instead of the 2017
-- portal's "Self-service Password Management", which is the service's name and no category Entra has. Their
-- de-duplication keys keep the old name (EventKeys), so a file imported before and again after matches itself.
UPDATE events SET category = 'UserManagement'
WHERE kind IN (1, 2) AND category = 'Self-service Password Management';

-- The category counts (V5, V8) are counted again, visible events only.
DELETE FROM value_counts WHERE field = 2;

INSERT INTO value_counts (field, text_value, row_count)
SELECT 2, category, COUNT(*) FROM events
WHERE id < COALESCE((SELECT MIN(first_event_id) FROM imports WHERE outcome = 'RUNNING'), 9223372036854775807)
GROUP BY category;
