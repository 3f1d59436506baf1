/**
 * The local history of SSPR audit data, seen through one facade: {@link com.ssprviewer.store.Store} opens a folder,
 * imports files and answers the lists. What callers pass and get back lives in {@code store.query} (filters, sorts,
 * pages, landmarks) and {@code store.api} (rows, import results, exceptions); how the store does it lives in
 * {@code store.schema}, {@code store.imports} and {@code store.paging}, which nothing outside the store uses.
 */
package com.ssprviewer.store;
