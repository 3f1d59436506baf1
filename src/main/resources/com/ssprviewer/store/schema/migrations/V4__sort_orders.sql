-- Events in the order of their high-cardinality texts (target, IP, initiated by), so a list sorted by one of them
-- walks this key instead of sorting every event. Filled in the background after each import, in key order (cheap,
-- unlike an index kept up row by row during the import); events from `covered` up are not in it yet, and lists
-- sort those in full until it catches up.
CREATE TABLE event_order (
    field      TINYINT NOT NULL,
    sort_value VARCHAR NOT NULL,
    id         BIGINT NOT NULL,
    PRIMARY KEY (field, sort_value, id)
);

CREATE TABLE event_order_state (
    id      TINYINT PRIMARY KEY,
    covered BIGINT NOT NULL
);

INSERT INTO event_order_state (id, covered) VALUES (1, 0);
