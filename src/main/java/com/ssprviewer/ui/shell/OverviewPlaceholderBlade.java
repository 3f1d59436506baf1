package com.ssprviewer.ui.shell;

import com.ssprviewer.report.ReportBlade;
import com.ssprviewer.ui.common.Blade;
import com.ssprviewer.ui.common.ReportSource;

import javafx.scene.Node;

/**
 * The Overview until its feature blade lands: a placeholder that already prints the Overview report (every stored
 * event, no filters), so File > Print works end to end from the first view a store opens on.
 */
final class OverviewPlaceholderBlade implements Blade, ReportSource {
    private final PlaceholderBlade placeholder = new PlaceholderBlade(NavItem.OVERVIEW.key());

    @Override
    public String title() {
        return placeholder.title();
    }

    @Override
    public Node view() {
        return placeholder.view();
    }

    @Override
    public ReportBlade reportBlade() {
        return ReportBlade.OVERVIEW;
    }
}
