package com.ssprviewer.handoff;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

/**
 * The command's side of the inbox: hands an import to the window watching it and waits for the answer. Empty when
 * no window took the request within the time given (it is withdrawn), or when the window went away before it
 * answered: the command then imports the files itself, which changes nothing that was imported already.
 */
public final class HandoffClient {

    private static final long LOOK_MILLIS = 100;
    private static final Duration ANSWER_AFTER_CANCEL = Duration.ofSeconds(10);

    private final Inbox inbox;
    private final String id = UUID.randomUUID().toString();
    private volatile boolean taken;
    private volatile boolean done;

    private HandoffClient(Inbox inbox) {
        this.inbox = inbox;
    }

    /** A hand-off to the window of the store in {@code store}, not yet sent. */
    public static HandoffClient to(Path store) {
        return new HandoffClient(Inbox.of(store));
    }

    /**
     * Sends the request and waits for the answer, as long as the window works on it.
     *
     * @param takeWithin how long the window may take to take it before it is withdrawn
     * @param onTaken    runs once the window has taken it
     */
    public Optional<ImportAnswer> handOff(ImportRequest request, Duration takeWithin, Runnable onTaken)
            throws IOException, InterruptedException {
        inbox.writeWhole(inbox.file(id, Inbox.REQUEST), request.encode());
        long giveUp = System.nanoTime() + takeWithin.toNanos();
        while (true) {
            Optional<ImportAnswer> answer = answer();
            if (answer.isPresent()) {
                return answer;
            }
            if (!taken && !Files.exists(inbox.file(id, Inbox.REQUEST))) {
                taken = true;
                onTaken.run();
            }
            if (!taken && System.nanoTime() > giveUp && withdraw()) {
                return Optional.empty();
            }
            if (taken && !inbox.windowPresent()) {
                done = true;
                return answer();
            }
            Thread.sleep(LOOK_MILLIS);
        }
    }

    /** The answer once written (it is then removed), or empty. */
    private Optional<ImportAnswer> answer() throws IOException {
        Path result = inbox.file(id, Inbox.RESULT);
        if (!Files.exists(result)) {
            return Optional.empty();
        }
        try {
            ImportAnswer answer = ImportAnswer.decode(inbox.readChecked(result, ImportAnswer.MAX_BYTES));
            done = true;
            return Optional.of(answer);
        } catch (InvalidInboxFile e) {
            done = true;
            return Optional.of(ImportAnswer.refused("The answer of the open window of SSPR Audit Viewer could not"
                    + " be read (it " + e.getMessage() + "); look in the window whether the files were imported.",
                    null));
        } finally {
            HandedOff.deleteQuietly(result);
        }
    }

    /** Takes the request back if the window has not taken it yet; true when it was. */
    private boolean withdraw() throws IOException {
        try {
            Files.delete(inbox.file(id, Inbox.REQUEST));
            done = true;
            return true;
        } catch (NoSuchFileException e) {
            return false;
        }
    }

    /**
     * For the command being stopped (Ctrl+C) while it waits: withdraws the request, or asks the window to cancel the
     * import and waits a little for it to undo the file it was reading. True when the window confirmed.
     */
    public boolean stop() {
        if (done) {
            return true;
        }
        try {
            if (withdraw()) {
                return true;
            }
            inbox.writeWhole(inbox.file(id, Inbox.CANCEL), "cancel\n");
            long giveUp = System.nanoTime() + ANSWER_AFTER_CANCEL.toNanos();
            while (System.nanoTime() < giveUp && inbox.windowPresent()) {
                if (answer().isPresent()) {
                    return true;
                }
                Thread.sleep(LOOK_MILLIS);
            }
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return false;
    }
}
