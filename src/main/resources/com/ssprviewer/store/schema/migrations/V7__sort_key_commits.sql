-- The sort key is written in small commits (one huge transaction doubles the store file: H2 saves its pages once
-- uncommitted and again committed). `writing` is the end of the slice being written, 0 when none: a slice cut
-- short leaves entries above `covered`, which the next extension removes before it starts again.
ALTER TABLE event_order_state ADD COLUMN writing BIGINT NOT NULL DEFAULT 0;
