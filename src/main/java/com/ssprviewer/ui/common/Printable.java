package com.ssprviewer.ui.common;

import javafx.stage.Window;

/**
 * A blade that can be printed (File > Print). The shell calls {@link #print(Window)} on the FX thread with the window
 * to own the print dialog; blades that cannot print do not implement it, and the shell says so.
 */
public interface Printable {

    /** Shows the print dialog and prints the blade; gathering data happens in a background task. */
    void print(Window owner);
}
