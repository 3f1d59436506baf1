package com.ssprviewer.report.document;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * DejaVu Sans regular and bold, embedded as subsets so the PDF shows Swedish (and most European) text exactly and
 * its text can be searched and copied. Text is cleaned before use: control characters become spaces and characters
 * the font cannot draw become '?', because PDFBox refuses a whole string over one such character.
 *
 * <p>Glyph substitution is off: with it, PDFBox 3 draws "fi" and "ffi" as ligatures, and text copied from the PDF
 * would read "Oﬃce Phone" instead of "Office Phone". The fonts stay open until the document is saved, then
 * {@link #close()} releases them.
 */
final class ReportFonts implements Closeable {

    private static final String FOLDER = "fonts/";

    private final List<TrueTypeFont> files = new ArrayList<>();
    private final Map<Integer, Boolean> drawable = new HashMap<>();
    private PDType0Font regular;
    private PDType0Font bold;

    private ReportFonts() {
    }

    static ReportFonts load(PDDocument document) throws IOException {
        ReportFonts fonts = new ReportFonts();
        try {
            fonts.regular = fonts.load(document, "DejaVuSans.ttf");
            fonts.bold = fonts.load(document, "DejaVuSans-Bold.ttf");
            return fonts;
        } catch (IOException | RuntimeException e) {
            fonts.close();
            throw e;
        }
    }

    private PDType0Font load(PDDocument document, String name) throws IOException {
        try (InputStream in = ReportFonts.class.getResourceAsStream(FOLDER + name)) {
            if (in == null) {
                throw new IOException("The report font " + name + " is missing from the application; reinstall it.");
            }
            TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(in));
            files.add(font);
            font.setEnableGsub(false);
            return PDType0Font.load(document, font, true);
        }
    }

    @Override
    public void close() throws IOException {
        for (TrueTypeFont font : files) {
            font.close();
        }
        files.clear();
    }

    PDFont regular() {
        return regular;
    }

    PDFont bold() {
        return bold;
    }

    /** The text as both fonts can draw it on one line. */
    String printable(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (cp == '\n') {
                out.append('\n');
            } else if (Character.isISOControl(cp) || Character.isWhitespace(cp)) {
                out.append(' ');
            } else if (canDraw(cp)) {
                out.appendCodePoint(cp);
            } else {
                out.append('?');
            }
        });
        return out.toString();
    }

    /** Width of already printable text, in points. */
    float width(PDFont font, String text, float size) {
        try {
            return font.getStringWidth(text) / 1000f * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private boolean canDraw(int codePoint) {
        return drawable.computeIfAbsent(codePoint, cp -> {
            String s = new String(Character.toChars(cp));
            try {
                regular.encode(s);
                bold.encode(s);
                return true;
            } catch (IllegalArgumentException | IOException e) {
                return false;
            }
        });
    }
}
