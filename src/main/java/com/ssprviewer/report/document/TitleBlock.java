package com.ssprviewer.report.document;

import java.io.IOException;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The top of the first page: the title, a portal-blue rule, the header lines and the time of printing with its zone.
 */
final class TitleBlock {

    private static final DateTimeFormatter WITH_OFFSET = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm xxx");
    private static final float LINE_LEADING = 12.5f;
    private static final float TITLE_LEADING = 22f;

    private final PageFlow flow;
    private final TextWrapper wrapper;

    TitleBlock(PageFlow flow) {
        this.flow = flow;
        this.wrapper = new TextWrapper(flow.fonts());
    }

    /** The printing time as "2025-11-25 14:03 +01:00 (Europe/Stockholm)"; the same in every language. */
    static String format(ZonedDateTime time) {
        String text = WITH_OFFSET.format(time);
        return time.getZone() instanceof ZoneOffset ? text : text + " (" + time.getZone().getId() + ")";
    }

    void draw(String title, List<String> headerLines, String printedLine) throws IOException {
        ReportFonts fonts = flow.fonts();
        flow.stream();
        float size = ReportStyle.TITLE_SIZE;
        for (String line : wrapper.wrap(fonts.printable(title), fonts.bold(), size, flow.width())) {
            flow.text(fonts.bold(), size, ReportStyle.TEXT, flow.left(), flow.y() - size, line);
            flow.advance(TITLE_LEADING);
        }
        flow.rule(ReportStyle.ACCENT, 1.5f, flow.left(), flow.y(), flow.left() + flow.width());
        flow.advance(6f);
        for (String header : headerLines) {
            drawLine(header);
        }
        drawLine(printedLine);
        flow.advance(ReportStyle.SECTION_GAP - 4f);
    }

    private void drawLine(String text) throws IOException {
        ReportFonts fonts = flow.fonts();
        float size = ReportStyle.HEADER_LINE_SIZE;
        for (String line : wrapper.wrap(fonts.printable(text), fonts.regular(), size, flow.width())) {
            flow.ensureRoom(LINE_LEADING);
            flow.text(fonts.regular(), size, ReportStyle.MUTED, flow.left(),
                    flow.y() - ReportStyle.baselineOffset(size, LINE_LEADING), line);
            flow.advance(LINE_LEADING);
        }
    }
}
