package com.ssprviewer.ui.print;

import java.awt.image.BufferedImage;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;

/**
 * Turns a rendered page into a JavaFX image without the javafx-swing module: the pixels are copied row by row as
 * ARGB integers. Safe on a background thread, since the image is not yet part of a scene.
 */
final class FxImages {
    private FxImages() {
    }

    static WritableImage toFx(BufferedImage page) {
        int width = page.getWidth();
        int height = page.getHeight();
        WritableImage image = new WritableImage(width, height);
        int[] row = new int[width];
        PixelFormat<java.nio.IntBuffer> argb = PixelFormat.getIntArgbInstance();
        for (int y = 0; y < height; y++) {
            page.getRGB(0, y, width, 1, row, 0, width);
            image.getPixelWriter().setPixels(0, y, width, 1, argb, row, 0, width);
        }
        return image;
    }
}
