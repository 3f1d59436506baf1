package com.ssprviewer.ui.print;

import com.ssprviewer.ui.common.Tasks;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import javafx.scene.control.ListView;
import javafx.scene.image.Image;
import javafx.stage.Window;

/**
 * The pages of the rendering on screen, one under the other, drawn only when scrolled into view (a virtual list),
 * so a long report opens at once and memory holds only the pages near the view. Pages are drawn on the preview's
 * worker at the resolution the zoom needs and kept in a {@link PageCache}.
 */
final class PageList {
    /** Room beside the page for the list's padding and its vertical scroll bar. */
    static final double SIDE_ROOM = 56;
    private static final int DPI_STEP = 24;
    private static final int MAX_DPI = 288;

    private final PreviewModel model;
    private final Executor worker;
    private final ListView<Integer> list = new ListView<>();
    private final PageCache cache = new PageCache(PageCache.DEFAULT_BUDGET_PIXELS);
    private final Map<PageCache.Key, List<Consumer<PageCache.Key>>> drawing = new HashMap<>();
    private RenderedReport report;

    PageList(PreviewModel model, Executor worker) {
        this.model = model;
        this.worker = worker;
        list.setId("print-pages");
        list.getStyleClass().add(PrintStyles.PAGES);
        list.setFocusTraversable(false);
        list.setCellFactory(view -> new PageCell(this));
        list.widthProperty().addListener((obs, old, now) -> list.refresh());
        model.zoomProperty().addListener((obs, old, now) -> list.refresh());
    }

    ListView<Integer> view() {
        return list;
    }

    PreviewModel model() {
        return model;
    }

    /** Shows a new rendering's pages; the previous rendering's pictures are dropped. */
    void show(RenderedReport rendered) {
        report = rendered;
        cache.clear();
        drawing.clear();
        List<Integer> pages = IntStream.range(0, rendered.pageCount()).boxed().toList();
        list.getItems().setAll(pages);
        list.refresh();
        list.scrollTo(0);
    }

    void clear() {
        report = null;
        cache.clear();
        list.getItems().clear();
    }

    /** Screen pixels per PDF point at the current zoom and width. */
    double pixelsPerPoint() {
        return model.pixelsPerPoint(Math.max(100, list.getWidth() - SIDE_ROOM));
    }

    /**
     * The picture of {@code page} at the current zoom, or null while it is being drawn; then {@code ready} hears when
     * it is (every cell that asked meanwhile does, since the list recreates its cells as it pleases).
     */
    Image picture(int page, Consumer<PageCache.Key> ready) {
        if (report == null) {
            return null;
        }
        PageCache.Key key = new PageCache.Key(report.generation(), page, dpi());
        Image cached = cache.get(key);
        if (cached != null) {
            return cached;
        }
        List<Consumer<PageCache.Key>> waiting = drawing.get(key);
        if (waiting != null) {
            waiting.add(ready);
            return null;
        }
        drawing.put(key, new ArrayList<>(List.of(ready)));
        RenderedReport source = report;
        Tasks.create(() -> FxImages.toFx(source.pages().render(page, key.dpi())))
                .onSuccess(image -> {
                    List<Consumer<PageCache.Key>> waiters = drawing.remove(key);
                    if (model.isCurrent(key.generation()) && waiters != null) {
                        cache.put(key, image);
                        waiters.forEach(waiter -> waiter.accept(key));
                    }
                })
                .onError(error -> drawing.remove(key))
                .runOnce(worker);
        return null;
    }

    Image cached(PageCache.Key key) {
        return cache.get(key);
    }

    PageCache.Key keyFor(int page) {
        return report == null ? null : new PageCache.Key(report.generation(), page, dpi());
    }

    /** The resolution pages are drawn at: what the zoom and the screen need, in steps, so resizing rarely redraws. */
    private int dpi() {
        Window window = list.getScene() == null ? null : list.getScene().getWindow();
        double screenScale = window == null ? 1 : Math.max(1, window.getOutputScaleX());
        double wanted = pixelsPerPoint() * 72 * screenScale;
        int stepped = (int) Math.ceil(wanted / DPI_STEP) * DPI_STEP;
        return Math.max(DPI_STEP * 2, Math.min(MAX_DPI, stepped));
    }
}
