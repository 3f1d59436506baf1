/**
 * Several processes of the program on one store. H2 lets one process hold a store's file; this package lets the
 * others still do their work: a command-line import hands its files to the open window through an owner-only inbox
 * folder inside the store folder ({@link com.ssprviewer.handoff.Inbox}) and prints the window's answer, or waits for
 * the store to be free ({@link com.ssprviewer.handoff.StoreWait}). Nothing listens on the network: the inbox is files
 * only the store's owner can write. Kept apart from the window's classes so a test can stand in for the window.
 */
package com.ssprviewer.handoff;
