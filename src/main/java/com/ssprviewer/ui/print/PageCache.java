package com.ssprviewer.ui.print;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import javafx.scene.image.Image;

/**
 * The page pictures drawn lately, least recently used dropped first, within a budget of pixels: a long report
 * scrolled end to end keeps only what fits, however many pages it has. FX thread only.
 */
final class PageCache {
    /** About 100 MB of pictures: some 25 A4 pages at 100%. */
    static final long DEFAULT_BUDGET_PIXELS = 25_000_000L;

    private final long budgetPixels;
    private final Map<Key, Image> images = new LinkedHashMap<>(16, 0.75f, true);
    private long pixels;

    PageCache(long budgetPixels) {
        this.budgetPixels = budgetPixels;
    }

    Image get(Key key) {
        return images.get(key);
    }

    void put(Key key, Image image) {
        Image previous = images.put(key, image);
        if (previous != null) {
            pixels -= size(previous);
        }
        pixels += size(image);
        Iterator<Map.Entry<Key, Image>> oldest = images.entrySet().iterator();
        while (pixels > budgetPixels && images.size() > 1 && oldest.hasNext()) {
            Map.Entry<Key, Image> entry = oldest.next();
            if (entry.getKey().equals(key)) {
                continue;
            }
            pixels -= size(entry.getValue());
            oldest.remove();
        }
    }

    void clear() {
        images.clear();
        pixels = 0;
    }

    int size() {
        return images.size();
    }

    private static long size(Image image) {
        return (long) image.getWidth() * (long) image.getHeight();
    }

    /**
     * One page picture: which rendering, which page, at which resolution.
     *
     * @param generation the rendering number
     * @param page       the page index, from 0
     * @param dpi        the resolution it was drawn at
     */
    record Key(long generation, int page, int dpi) {
    }
}
