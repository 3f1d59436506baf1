package com.ssprviewer.report.document;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

/**
 * DejaVu Sans regular and bold, embedded as subsets so the PDF shows Swedish (and most European) text exactly and
 * its text can be searched and copied. Text is cleaned before use: control characters become spaces and characters
 * the font cannot draw become '?', because PDFBox refuses a whole string over one such character.
 */
final class ReportFonts {

    private static final String FOLDER = "fonts/";

    private final PDType0Font regular;
    private final PDType0Font bold;
    private final Map<Integer, Boolean> drawable = new HashMap<>();

    private ReportFonts(PDType0Font regular, PDType0Font bold) {
        this.regular = regular;
        this.bold = bold;
    }

    static ReportFonts load(PDDocument document) throws IOException {
        return new ReportFonts(load(document, "DejaVuSans.ttf"), load(document, "DejaVuSans-Bold.ttf"));
    }

    private static PDType0Font load(PDDocument document, String name) throws IOException {
        try (InputStream in = ReportFonts.class.getResourceAsStream(FOLDER + name)) {
            if (in == null) {
                throw new IOException("The report font " + name + " is missing from the application; reinstall it.");
            }
            return PDType0Font.load(document, in, true);
        }
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
