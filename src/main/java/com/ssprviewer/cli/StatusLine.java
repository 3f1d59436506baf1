package com.ssprviewer.cli;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.Charset;

/**
 * The one line of a terminal that progress rewrites in place (carriage return, then the text padded over the last
 * one). Every other line the command prints, on stdout or stderr, first wipes it, so a file's summary or a notice
 * such as "waiting for the store" never lands in the middle of it; it is drawn again on the next tick.
 */
final class StatusLine {

    private final PrintStream terminal;
    private int shown;
    private String last = "";
    /** Whether the last byte printed through the wrapped streams ended a line, so the status may be drawn. */
    private boolean atLineStart = true;

    StatusLine(PrintStream terminal) {
        this.terminal = terminal;
    }

    /** Draws {@code text} over the status line, unless a line printed by the command is still open. */
    synchronized void show(String text) {
        if (!atLineStart || (shown > 0 && text.equals(last))) {
            return;
        }
        StringBuilder sb = new StringBuilder("\r").append(text);
        sb.append(" ".repeat(Math.max(0, shown - text.length())));
        terminal.print(sb);
        terminal.flush();
        shown = text.length();
        last = text;
    }

    /** Wipes the status line and puts the cursor at its start. */
    synchronized void clear() {
        if (shown > 0) {
            terminal.print("\r" + " ".repeat(shown) + "\r");
            terminal.flush();
            shown = 0;
        }
    }

    /** {@code stream}, wiping the status line before anything is printed to it. */
    PrintStream wrap(PrintStream stream, Charset charset) {
        return new PrintStream(new FilterOutputStream(stream) {
            @Override
            public void write(int b) throws IOException {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                synchronized (StatusLine.this) {
                    clear();
                    out.write(b, off, len);
                    if (len > 0) {
                        atLineStart = b[off + len - 1] == '\n';
                    }
                }
            }
        }, true, charset);
    }

    /** The charset the JVM writes its standard streams in, so wrapped text reaches the terminal unchanged. */
    static Charset consoleCharset() {
        String name = System.getProperty("sun.stderr.encoding");
        try {
            return name == null ? Charset.defaultCharset() : Charset.forName(name);
        } catch (IllegalArgumentException e) {
            return Charset.defaultCharset();
        }
    }
}
