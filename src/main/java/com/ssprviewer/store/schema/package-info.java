/**
 * The store's database as both imports and reads see it: opening it and applying the versioned migrations, the
 * watermark that keeps a running import invisible, how times, texts, methods and details are held in columns, the
 * tables both sides read and write (value counts, the user index, the sort key), and removing what an unfinished
 * import left behind. Knows neither how files are imported nor how lists are paged.
 */
package com.ssprviewer.store.schema;
