package com.ssprviewer.report.document;

import java.util.List;

/**
 * A grid of headline numbers, laid out as many per row as the page width allows.
 *
 * @param tiles the tiles in reading order
 */
public record TilesSection(List<Tile> tiles) implements Section {

    public TilesSection {
        tiles = List.copyOf(tiles);
    }
}
