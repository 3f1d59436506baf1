package com.ssprviewer.report.document;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Objects;
import javax.imageio.ImageIO;

/**
 * A chart already drawn as pixels, e.g. a JavaFX chart snapshot. Give it at about three times its printed size
 * ({@code pixelsPerPoint} 3) so it stays sharp on paper; it is stored losslessly.
 *
 * @param image          the picture
 * @param pixelsPerPoint how many pixels make one PDF point (1/72 inch); the printed width is
 *                       {@code image width / pixelsPerPoint}, narrowed to the page if needed
 */
public record RasterChart(BufferedImage image, float pixelsPerPoint) implements ChartImage {

    public RasterChart {
        Objects.requireNonNull(image, "image");
        if (!(pixelsPerPoint > 0)) {
            throw new IllegalArgumentException("pixelsPerPoint must be positive, got " + pixelsPerPoint);
        }
    }

    /** Reads a PNG (or any format ImageIO knows) given as bytes. */
    public static RasterChart fromPng(byte[] png, float pixelsPerPoint) {
        try {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
            if (image == null) {
                throw new IllegalArgumentException("The chart bytes are not an image ImageIO can read");
            }
            return new RasterChart(image, pixelsPerPoint);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
