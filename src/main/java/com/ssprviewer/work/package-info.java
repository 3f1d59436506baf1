/**
 * How the program runs work beside its main thread: {@link com.ssprviewer.work.Threads} makes every thread of its
 * own (named and daemon), and {@link com.ssprviewer.work.Progress} is how long-running work reports how far it got
 * and learns whether to stop, whoever runs it (the window, the command line, a test). Depends on nothing else of
 * ours, so every other package may use it.
 */
package com.ssprviewer.work;
