package com.ssprviewer.handoff;

import com.ssprviewer.store.Store;
import com.ssprviewer.store.query.EventFilter;
import com.ssprviewer.store.query.ListKind;
import com.ssprviewer.work.Progress;
import com.ssprviewer.work.Threads;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;

/**
 * A process that holds a store as the window does ({@code window STORE}: the store open and its inbox watched, each
 * handed-over import run as the window runs it) or as a command does ({@code command STORE}: only open). It prints
 * {@code holding} once it holds the store, answers {@code events} with the number of events it sees, and lets go of
 * the store when its standard input ends.
 */
public final class StandIn {

    private StandIn() {
    }

    public static void main(String[] args) throws Exception {
        boolean window = args[0].equals("window");
        Path dir = Path.of(args[1]);
        ExecutorService imports = Threads.executor("stand-in-imports");
        try (Store store = Store.open(dir)) {
            InboxWatcher inbox = window ? InboxWatcher.start(dir, request -> imports.execute(
                    () -> request.runOn(store, Progress.NONE, (i, n, f) -> { }))) : null;
            while (inbox != null && !inbox.watching()) {
                Thread.sleep(20);
            }
            System.out.println("holding");
            BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            String line;
            while ((line = in.readLine()) != null) {
                if (line.equals("events")) {
                    System.out.println(store.count(ListKind.EVENTS, EventFilter.NONE));
                }
            }
            if (inbox != null) {
                inbox.close();
            }
            imports.shutdown();
        }
    }
}
