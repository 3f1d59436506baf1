package com.ssprviewer;

/** Placeholder launcher; replaced by the command line dispatcher. */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        System.out.println("SSPR Audit Viewer");
    }
}
