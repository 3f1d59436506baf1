package com.ssprviewer.store.imports;

/**
 * The points of an import at which {@link ImportTuning.Hook} is called, in the order an import reaches them, so that
 * tests can make an import fail there and prove that nothing is left half-done.
 */
public enum ImportStage {
    /** Before each row is read; the count is the rows read so far. */
    ROW,
    /** When the import has set the user index aside; the count is the number of new flows. */
    USER_INDEX_ASIDE,
    /** After the last row, before the attempts are finished; the count is the rows read. */
    ATTEMPTS,
    /** Before the import's final transaction commits; the count is the rows read. */
    COMMIT
}
