package com.ssprviewer.ui.print;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ssprviewer.report.document.PageSetup;
import com.ssprviewer.report.document.Paper;
import org.junit.jupiter.api.Test;

class PreviewModelTest {
    private static final double PX_PER_PT_AT_100 = 96.0 / 72.0;

    private final PreviewModel model = new PreviewModel(PageSetup.defaults());

    @Test
    void theFirstRenderingStartsAtOnceAndItsPagesAreShown() {
        assertTrue(model.requestRender());
        assertEquals(PreviewModel.Phase.RENDERING, model.getPhase());
        assertFalse(model.readyProperty().get(), "nothing to print before the pages exist");

        assertTrue(model.rendered(model.getGeneration(), 3, 595f, 842f));

        assertEquals(3, model.getPageCount());
        assertEquals(PreviewModel.Phase.READY, model.getPhase());
        assertTrue(model.readyProperty().get());
        assertTrue(model.isCurrent(model.getGeneration()));
    }

    @Test
    void changesWhileARenderingRunsAreRenderedOnceAfterItAndItsOutdatedPagesAreNeverShown() {
        model.requestRender();
        long first = model.getGeneration();
        model.setLandscape(true);
        assertFalse(model.requestRender(), "one rendering at a time");
        model.setPaper(Paper.LETTER);
        assertFalse(model.requestRender());

        assertFalse(model.rendered(first, 2, 595f, 842f), "pages of the old setup are dropped");
        assertTrue(model.isOutdated());
        assertEquals(0, model.getPageCount());
        assertTrue(model.requestRender(), "exactly one fresh rendering follows");
        long second = model.getGeneration();
        assertEquals(first + 1, second);
        assertTrue(model.rendered(second, 4, 792f, 612f));
        assertEquals(4, model.getPageCount());
        assertFalse(model.isCurrent(first));
    }

    @Test
    void aFailedRenderingSaysWhyAndOffersNothingToPrint() {
        model.requestRender();
        model.rendered(model.getGeneration(), 2, 595f, 842f);
        model.setMarginMm(30);
        model.requestRender();

        assertTrue(model.failed(model.getGeneration(), "The store is closed."));

        assertEquals(PreviewModel.Phase.FAILED, model.getPhase());
        assertEquals("The store is closed.", model.problemProperty().get());
        assertEquals(0, model.getPageCount());
        assertFalse(model.readyProperty().get());
        assertTrue(model.requestRender(), "a later change tries again");
        assertEquals("", model.problemProperty().get());
    }

    @Test
    void pageSetupChangesReplaceOnlyWhatChangedAndMarginsStayWithinWhatTheLayoutAllows() {
        model.setPaper(Paper.LETTER);
        model.setLandscape(true);
        model.setMarginMm(80);
        assertEquals(new PageSetup(Paper.LETTER, true, 50f), model.getSetup());

        model.setMarginMm(1);
        assertEquals(5f, model.getSetup().marginMm());
    }

    @Test
    void settingTheSameSetupAgainIsNoChange() {
        int[] changes = {0};
        model.setupProperty().addListener((obs, old, now) -> changes[0]++);

        model.setPaper(Paper.A4);
        model.setLandscape(false);
        model.setMarginMm(15);

        assertEquals(0, changes[0]);
    }

    @Test
    void fitWidthFillsTheWidthWithin50To200Percent() {
        model.requestRender();
        model.rendered(model.getGeneration(), 1, 600f, 800f);

        assertEquals(1.5, model.pixelsPerPoint(900), 1e-9);
        assertEquals(113, model.shownPercent(900));
        assertEquals(0.5 * PX_PER_PT_AT_100, model.pixelsPerPoint(100), 1e-9);
        assertEquals(2.0 * PX_PER_PT_AT_100, model.pixelsPerPoint(5000), 1e-9);
    }

    @Test
    void aFixedZoomIgnoresTheWidth() {
        model.zoomProperty().set(Zoom.percent(150));

        assertEquals(1.5 * PX_PER_PT_AT_100, model.pixelsPerPoint(300), 1e-9);
        assertEquals(150, model.shownPercent(2000));
    }

    @Test
    void zoomingInAndOutStepsFromTheSizeShownAndStopsAt50And200Percent() {
        model.requestRender();
        model.rendered(model.getGeneration(), 1, 600f, 800f);

        model.zoomIn(900);
        assertEquals(Zoom.percent(125), model.zoomProperty().get(), "fit width showed 113%");
        model.zoomIn(900);
        model.zoomIn(900);
        model.zoomIn(900);
        assertEquals(Zoom.percent(200), model.zoomProperty().get());

        model.zoomProperty().set(Zoom.FIT_WIDTH);
        model.zoomOut(900);
        assertEquals(Zoom.percent(100), model.zoomProperty().get());
        model.zoomOut(900);
        model.zoomOut(900);
        model.zoomOut(900);
        assertEquals(Zoom.percent(50), model.zoomProperty().get());
    }

    @Test
    void aFixedZoomOutsideTheRangeIsClampedAndTheMenuOffersFitWidthFirst() {
        assertEquals(50, Zoom.percent(10).percent());
        assertEquals(200, Zoom.percent(400).percent());
        assertEquals(Zoom.FIT_WIDTH, Zoom.choices().get(0));
        assertEquals(7, Zoom.choices().size());
    }
}
