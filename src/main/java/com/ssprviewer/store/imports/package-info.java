/**
 * Importing one file into the store as one logical transaction: writing events, attempts and roles,
 * de-duplicating rows against what is stored, deriving attempts from reset flows that may span files, the import
 * log, and role lists. {@link com.ssprviewer.store.imports.ImportTuning} is how tests pace an import and make it fail
 * at a chosen {@link com.ssprviewer.store.imports.ImportStage}. Uses the schema, never the paging.
 */
package com.ssprviewer.store.imports;
