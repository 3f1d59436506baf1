package com.ssprviewer.ui.shell;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import javafx.application.Platform;

/**
 * Asks a question (a dialog) on the FX thread for a worker that waits for the answer: the worker may wait, the FX
 * thread never does. Asked on the FX thread, the question is simply asked.
 */
final class FxQuestion {

    private FxQuestion() {
    }

    static <T> T ask(Callable<T> question) throws InterruptedException, ExecutionException {
        if (Platform.isFxApplicationThread()) {
            try {
                return question.call();
            } catch (Exception e) {
                throw new ExecutionException(e);
            }
        }
        FutureTask<T> task = new FutureTask<>(question);
        Platform.runLater(task);
        return task.get();
    }
}
