/**
 * The values the store hands its callers: list rows, whole events, import results and the import log, and the
 * exceptions its methods throw. They live apart from the facade so that the store's insides can build them without
 * depending on the facade's package, and they depend on none of those insides.
 */
package com.ssprviewer.store.api;
