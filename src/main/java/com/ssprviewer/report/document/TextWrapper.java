package com.ssprviewer.report.document;

import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Splits printable text into lines that fit a width, so that no text is ever cut: words wrap at spaces; a word
 * longer than the width wraps only after a '/' or before an '@' ("Europe/" "Stockholm", "megan.bowen"
 * "@contoso.com"), so no name is split inside. Callers shrink the type until every such piece fits
 * ({@link #widestPiece}); only a piece wider than the width at the smallest type is broken between characters.
 */
final class TextWrapper {

    private final ReportFonts fonts;

    TextWrapper(ReportFonts fonts) {
        this.fonts = fonts;
    }

    /** Wraps at word boundaries; explicit line breaks in the text are kept. Never returns an empty list. */
    List<String> wrap(String text, PDFont font, float size, float width) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.split("\n", -1)) {
            wrapParagraph(paragraph.strip(), font, size, width, lines);
        }
        return lines;
    }

    private void wrapParagraph(String paragraph, PDFont font, float size, float width, List<String> lines) {
        if (paragraph.isEmpty()) {
            lines.add("");
            return;
        }
        float space = fonts.width(font, " ", size);
        StringBuilder line = new StringBuilder();
        float lineWidth = 0;
        for (String word : paragraph.split(" +")) {
            float wordWidth = fonts.width(font, word, size);
            if (line.length() > 0 && lineWidth + space + wordWidth <= width) {
                line.append(' ').append(word);
                lineWidth += space + wordWidth;
                continue;
            }
            if (line.length() > 0) {
                lines.add(line.toString());
                line.setLength(0);
                lineWidth = 0;
            }
            if (wordWidth <= width) {
                line.append(word);
                lineWidth = wordWidth;
            } else {
                breakAtPieces(word, font, size, width, lines);
                String last = lines.remove(lines.size() - 1);
                line.append(last);
                lineWidth = fonts.width(font, last, size);
            }
        }
        lines.add(line.toString());
    }

    /** The width of the widest part of {@code text} that {@link #wrap} never breaks inside. */
    float widestPiece(String text, PDFont font, float size) {
        float widest = 0;
        for (String word : text.split("[ \n]+")) {
            for (String piece : pieces(word)) {
                widest = Math.max(widest, fonts.width(font, piece, size));
            }
        }
        return widest;
    }

    /** A word cut after each '/' and before each '@', the places a path, zone or address may wrap. */
    static List<String> pieces(String word) {
        List<String> pieces = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            int cut = c == '/' ? i + 1 : c == '@' ? i : -1;
            if (cut > start && cut < word.length()) {
                pieces.add(word.substring(start, cut));
                start = cut;
            }
        }
        pieces.add(word.substring(start));
        return pieces;
    }

    private void breakAtPieces(String word, PDFont font, float size, float width, List<String> lines) {
        StringBuilder line = new StringBuilder();
        float lineWidth = 0;
        for (String piece : pieces(word)) {
            float pieceWidth = fonts.width(font, piece, size);
            if (line.length() > 0 && lineWidth + pieceWidth <= width) {
                line.append(piece);
                lineWidth += pieceWidth;
                continue;
            }
            if (line.length() > 0) {
                lines.add(line.toString());
                line.setLength(0);
            }
            if (pieceWidth <= width) {
                line.append(piece);
                lineWidth = pieceWidth;
            } else {
                breakWord(piece, font, size, width, lines);
                String last = lines.remove(lines.size() - 1);
                line.append(last);
                lineWidth = fonts.width(font, last, size);
            }
        }
        lines.add(line.toString());
    }

    private void breakWord(String word, PDFont font, float size, float width, List<String> lines) {
        StringBuilder part = new StringBuilder();
        float partWidth = 0;
        int i = 0;
        while (i < word.length()) {
            int cp = word.codePointAt(i);
            String ch = new String(Character.toChars(cp));
            float w = fonts.width(font, ch, size);
            if (part.length() > 0 && partWidth + w > width) {
                lines.add(part.toString());
                part.setLength(0);
                partWidth = 0;
            }
            part.append(ch);
            partWidth += w;
            i += Character.charCount(cp);
        }
        if (part.length() > 0) {
            lines.add(part.toString());
        }
    }
}
