package com.ssprviewer.ui.print;

import com.ssprviewer.report.document.PageSetup;
import com.ssprviewer.report.document.Paper;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The state of a print preview without any node: the page setup the user chose, the zoom, and which rendering of
 * the report is on screen. Renderings are numbered; a setup change while one runs marks it outdated, so its pages
 * are never shown and one fresh rendering follows (however many changes came meanwhile). Print and Save are only
 * offered while the pages on screen match the setup, so what is printed is what was previewed.
 * Used on the FX thread.
 */
public final class PreviewModel {
    /** Where the preview is in its work. */
    public enum Phase { RENDERING, READY, FAILED }

    private static final double SCREEN_PX_PER_PT = 96.0 / 72.0;

    private final ReadOnlyObjectWrapper<PageSetup> setup = new ReadOnlyObjectWrapper<>(this, "setup");
    private final ObjectProperty<Zoom> zoom = new SimpleObjectProperty<>(this, "zoom", Zoom.FIT_WIDTH);
    private final ReadOnlyIntegerWrapper pageCount = new ReadOnlyIntegerWrapper(this, "pageCount", 0);
    private final ReadOnlyLongWrapper generation = new ReadOnlyLongWrapper(this, "generation", 0);
    private final ReadOnlyObjectWrapper<Phase> phase = new ReadOnlyObjectWrapper<>(this, "phase", Phase.RENDERING);
    private final ReadOnlyBooleanWrapper ready = new ReadOnlyBooleanWrapper(this, "ready", false);
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private float pageWidthPt;
    private float pageHeightPt;
    private boolean running;
    private boolean outdated;

    public PreviewModel(PageSetup initial) {
        setup.set(initial);
        pageWidthPt = initial.pageWidthPt();
        pageHeightPt = initial.pageHeightPt();
        phase.addListener((obs, old, now) -> ready.set(now == Phase.READY));
    }

    public ReadOnlyObjectProperty<PageSetup> setupProperty() {
        return setup.getReadOnlyProperty();
    }

    public PageSetup getSetup() {
        return setup.get();
    }

    public void setPaper(Paper paper) {
        change(new PageSetup(paper, getSetup().landscape(), getSetup().marginMm()));
    }

    public void setLandscape(boolean landscape) {
        change(new PageSetup(getSetup().paper(), landscape, getSetup().marginMm()));
    }

    /** Sets the margins, clamped to what the report layout allows (5 to 50 mm). */
    public void setMarginMm(float marginMm) {
        float clamped = Math.max(5f, Math.min(50f, marginMm));
        change(new PageSetup(getSetup().paper(), getSetup().landscape(), clamped));
    }

    public ObjectProperty<Zoom> zoomProperty() {
        return zoom;
    }

    /** One step larger than the size shown now (from "fit width" too), at most 200%. */
    public void zoomIn(double availableWidthPx) {
        int now = shownPercent(availableWidthPx);
        zoom.set(Zoom.percent(Zoom.STEPS.stream().filter(step -> step > now).findFirst().orElse(Zoom.MAX_PERCENT)));
    }

    /** One step smaller than the size shown now, at least 50%. */
    public void zoomOut(double availableWidthPx) {
        int now = shownPercent(availableWidthPx);
        int smaller = Zoom.MIN_PERCENT;
        for (int step : Zoom.STEPS) {
            if (step < now) {
                smaller = step;
            }
        }
        zoom.set(Zoom.percent(smaller));
    }

    /** Screen pixels per PDF point for the current zoom, given the width the pages may take. */
    public double pixelsPerPoint(double availableWidthPx) {
        double fixed = zoom.get().percent() / 100.0 * SCREEN_PX_PER_PT;
        if (!zoom.get().fitWidth()) {
            return fixed;
        }
        double fit = availableWidthPx / pageWidthPt;
        double min = Zoom.MIN_PERCENT / 100.0 * SCREEN_PX_PER_PT;
        double max = Zoom.MAX_PERCENT / 100.0 * SCREEN_PX_PER_PT;
        return Math.max(min, Math.min(max, fit));
    }

    /** The size shown, in percent of the paper's real size, as the zoom menu names it. */
    public int shownPercent(double availableWidthPx) {
        return (int) Math.round(pixelsPerPoint(availableWidthPx) / SCREEN_PX_PER_PT * 100);
    }

    /** The size of the pages on screen, in points, from the rendering shown (the setup may be newer). */
    public float pageWidthPt() {
        return pageWidthPt;
    }

    public float pageHeightPt() {
        return pageHeightPt;
    }

    public ReadOnlyIntegerProperty pageCountProperty() {
        return pageCount.getReadOnlyProperty();
    }

    public int getPageCount() {
        return pageCount.get();
    }

    /** The number of the rendering started last; page pictures of an older one are dropped. */
    public ReadOnlyLongProperty generationProperty() {
        return generation.getReadOnlyProperty();
    }

    public long getGeneration() {
        return generation.get();
    }

    public boolean isCurrent(long renderGeneration) {
        return renderGeneration == generation.get() && phase.get() == Phase.READY;
    }

    public ReadOnlyObjectProperty<Phase> phaseProperty() {
        return phase.getReadOnlyProperty();
    }

    public Phase getPhase() {
        return phase.get();
    }

    /** True while the pages on screen are the current setup's, so Print and Save as PDF may use them. */
    public ReadOnlyBooleanProperty readyProperty() {
        return ready.getReadOnlyProperty();
    }

    /** Why the last rendering failed, in one sentence; empty otherwise. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /**
     * Asks for a rendering of the current setup. Returns true when the caller should start it now (with
     * {@link #getGeneration()} and {@link #getSetup()}); false when one is running, which will then be redone.
     */
    public boolean requestRender() {
        if (running) {
            outdated = true;
            return false;
        }
        running = true;
        outdated = false;
        generation.set(generation.get() + 1);
        problem.set("");
        phase.set(Phase.RENDERING);
        return true;
    }

    /**
     * Records a finished rendering. Returns true when its pages are to be shown; false when the setup changed while
     * it ran: then drop it and call {@link #requestRender()} again.
     */
    public boolean rendered(long renderGeneration, int pages, float widthPt, float heightPt) {
        if (!finish(renderGeneration)) {
            return false;
        }
        pageWidthPt = widthPt;
        pageHeightPt = heightPt;
        pageCount.set(pages);
        phase.set(Phase.READY);
        return true;
    }

    /** Records a failed rendering; returns false when it was outdated anyway (render again, as after success). */
    public boolean failed(long renderGeneration, String message) {
        if (!finish(renderGeneration)) {
            return false;
        }
        pageCount.set(0);
        problem.set(message);
        phase.set(Phase.FAILED);
        return true;
    }

    /** True when a change is waiting for a rendering that is not running yet. */
    public boolean isOutdated() {
        return outdated && !running;
    }

    private boolean finish(long renderGeneration) {
        if (renderGeneration != generation.get() || !running) {
            return false;
        }
        running = false;
        return !outdated;
    }

    private void change(PageSetup next) {
        if (!next.equals(getSetup())) {
            setup.set(next);
        }
    }
}
