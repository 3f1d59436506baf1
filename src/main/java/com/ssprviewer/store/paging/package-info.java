/**
 * Reading the lists fast at millions of events: filters as SQL, one page fetched from the nearest landmark or key
 * instead of a deep offset, walks over value counts and roles, the landmarks kept for default orders, whole events
 * with their details, and the background upkeep that extends the sort key and the kept landmarks after an import.
 * Uses the schema, never the imports.
 */
package com.ssprviewer.store.paging;
