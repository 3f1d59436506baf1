-- Answers over the whole store that take seconds to compute (the summary reads every attempt), kept with the stamp
-- of the data they were computed on: an answer is used only while the store's stamp is still the same, so any
-- change to the data (an import, a removal, a cleaned-up import, a role marked by hand) leaves it unused until it is
-- computed again. Existing stores start with none; the first answer computed is kept.
CREATE TABLE IF NOT EXISTS kept_answers (
    answer_key VARCHAR PRIMARY KEY,
    stamp      VARCHAR NOT NULL,
    answer     BLOB NOT NULL
);
