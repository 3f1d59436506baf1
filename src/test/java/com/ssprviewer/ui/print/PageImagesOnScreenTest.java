package com.ssprviewer.ui.print;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.awt.image.BufferedImage;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Page pictures: converted pixel for pixel, and kept only within the cache's budget. Needs the FX toolkit. */
@ExtendWith(ApplicationExtension.class)
class PageImagesOnScreenTest {

    @Start
    void start(Stage stage) {
        // the toolkit is all these tests need
    }

    @Test
    void aRenderedPageKeepsEveryPixelsColourOnScreen() {
        BufferedImage page = new BufferedImage(3, 2, BufferedImage.TYPE_INT_RGB);
        page.setRGB(0, 0, 0xFFFFFF);
        page.setRGB(1, 0, 0x0078D4);
        page.setRGB(2, 1, 0x000000);

        WritableImage image = FxImages.toFx(page);

        assertEquals(3, (int) image.getWidth());
        assertEquals(2, (int) image.getHeight());
        assertEquals(0xFFFFFFFF, image.getPixelReader().getArgb(0, 0));
        assertEquals(0xFF0078D4, image.getPixelReader().getArgb(1, 0));
        assertEquals(0xFF000000, image.getPixelReader().getArgb(2, 1));
    }

    @Test
    void theCacheDropsTheLeastRecentlyUsedPagesBeyondItsBudget() {
        PageCache cache = new PageCache(250);
        PageCache.Key one = new PageCache.Key(1, 0, 96);
        PageCache.Key two = new PageCache.Key(1, 1, 96);
        PageCache.Key three = new PageCache.Key(1, 2, 96);
        cache.put(one, new WritableImage(10, 10));
        cache.put(two, new WritableImage(10, 10));
        cache.get(one);

        cache.put(three, new WritableImage(10, 10));

        assertNotNull(cache.get(one), "used lately");
        assertNull(cache.get(two), "least recently used");
        assertNotNull(cache.get(three));
        assertEquals(2, cache.size());
    }

    @Test
    void aPageLargerThanTheWholeBudgetIsStillShown() {
        PageCache cache = new PageCache(50);
        PageCache.Key big = new PageCache.Key(1, 0, 288);

        cache.put(big, new WritableImage(10, 10));

        assertNotNull(cache.get(big));
    }
}
