package com.ssprviewer.ui.shell;

import java.io.IOException;
import java.io.InputStream;
import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.image.Image;

/** The application icon in every size the resources hold; a missing or broken size is skipped, never fatal. */
final class AppIcons {
    private static final System.Logger LOG = System.getLogger(AppIcons.class.getName());
    private static final int[] SIZES = {16, 24, 32, 48, 64, 128, 256};

    private AppIcons() {
    }

    static List<Image> load() {
        List<Image> icons = new ArrayList<>();
        for (int size : SIZES) {
            String name = "/com/ssprviewer/ui/icons/app-" + size + ".png";
            try (InputStream in = AppIcons.class.getResourceAsStream(name)) {
                if (in != null) {
                    Image image = new Image(in);
                    if (!image.isError()) {
                        icons.add(image);
                    }
                }
            } catch (IOException e) {
                LOG.log(Level.DEBUG, "Icon " + name + " could not be read", e);
            }
        }
        return icons;
    }
}
