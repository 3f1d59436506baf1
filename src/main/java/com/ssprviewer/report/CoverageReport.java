package com.ssprviewer.report;

import com.ssprviewer.insight.Coverage;
import com.ssprviewer.insight.CoverageList;
import com.ssprviewer.report.document.Section;
import com.ssprviewer.report.document.TableSection;
import com.ssprviewer.report.document.TilesSection;
import com.ssprviewer.store.api.SnapshotTotals;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Registration coverage as a report: the numbers as tiles, members per method, the lists admins chase with the
 * changes since the previous snapshot, and the trend of every snapshot as a table (a stacked chart's legend would
 * add the snapshots up).
 */
final class CoverageReport {

    private CoverageReport() {
    }

    static List<Section> sections(Coverage c, ReportTexts t) {
        List<Section> sections = new ArrayList<>();
        sections.add(new TilesSection(CoverageTiles.tiles(c, t)));
        sections.add(methods(c, t));
        sections.add(lists(c, t));
        sections.add(trend(c, t));
        return sections;
    }

    private static TableSection methods(Coverage c, ReportTexts t) {
        List<List<String>> rows = new ArrayList<>();
        for (Map.Entry<String, Long> e : c.methods().entrySet()) {
            rows.add(List.of(t.registeredMethod(e.getKey()), Long.toString(e.getValue()),
                    CoverageTiles.share(e.getValue().intValue(), c.members(), t)));
        }
        return new TableSection(List.of(t.get("coverage.column.method"), t.get("coverage.column.members"),
                t.get("coverage.column.share")), List.of(3f, 1f, 1f), List.of(false, false, false), rows);
    }

    private static TableSection lists(Coverage c, ReportTexts t) {
        List<List<String>> rows = new ArrayList<>();
        for (CoverageList l : CoverageList.values()) {
            if (l.isChange() && c.changes().previous() == null) {
                continue;
            }
            String name = l.isChange() ? t.format("coverage.since", CoverageTiles.label(l, t),
                    c.changes().previous()) : CoverageTiles.label(l, t);
            List<String> users = l.of(c);
            rows.add(List.of(name, Integer.toString(users.size()), String.join(", ", users)));
        }
        return new TableSection(List.of(t.get("coverage.column.list"), t.get("coverage.column.users"),
                t.get("coverage.column.who")), List.of(2f, 0.7f, 4.3f), List.of(true, false, true), rows);
    }

    private static TableSection trend(Coverage c, ReportTexts t) {
        List<List<String>> rows = new ArrayList<>();
        for (SnapshotTotals s : c.trend()) {
            rows.add(List.of(s.day().toString(), Integer.toString(s.members()), Integer.toString(s.ssprRegistered()),
                    Integer.toString(s.ssprCapable())));
        }
        return new TableSection(List.of(t.get("coverage.column.snapshot"), t.get("coverage.members"),
                t.get("coverage.ssprRegistered"), t.get("coverage.ssprCapable")), List.of(1.5f, 1f, 1f, 1f),
                List.of(false, false, false, false), rows);
    }
}
