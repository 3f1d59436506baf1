-- Landmarks of each list in the order a blade opens it with (newest first, unfiltered): the row at every 200th
-- position, so a jump deep into the list reads one page instead of walking every row above it. Rewritten in the
-- background after each import; a list's landmarks hold while it still has `list_rows` rows (imports only add rows).
CREATE TABLE landmarks (
    list       TINYINT NOT NULL,
    block      INT NOT NULL,
    sort_value BIGINT NOT NULL,
    id         BIGINT NOT NULL,
    PRIMARY KEY (list, block)
);

CREATE TABLE landmark_lists (
    list      TINYINT PRIMARY KEY,
    list_rows BIGINT NOT NULL,
    every     INT NOT NULL
);
