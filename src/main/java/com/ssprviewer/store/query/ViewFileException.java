package com.ssprviewer.store.query;

/** A saved view's file (or stored document) that cannot be read, with one sentence naming it and what is wrong. */
public final class ViewFileException extends Exception {

    private static final long serialVersionUID = 1L;

    public ViewFileException(String sentence) {
        super(sentence);
    }
}
