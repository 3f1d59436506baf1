package com.ssprviewer.ui.listblades;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import javafx.animation.AnimationTimer;
import javafx.scene.Scene;

/**
 * Measures the gaps between pulses of one scene and says what filled the longest ones: the CSS and layout pass, GC
 * pauses (collection time in the gap), or other work on the FX thread (event handlers, {@code runLater} tasks). A
 * benchmark helper: a figure alone does not say which fix would help.
 */
final class PulseProbe {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private final boolean verbose;
    private volatile String phase = "start";
    private long lastPulse;
    private long layoutStart;
    private long layoutNanos;
    private long gcAtLastPulse;
    private long cpuAtLastPulse;
    private long mostCpu;
    private Gap longest = Gap.NONE;
    private Gap longestWithoutGc = Gap.NONE;
    private long longestLayout;

    /**
     * One interval between two pulses: its length, the CSS and layout pass in it, GC pauses in it, and the CPU time
     * the FX thread got in it (much less than the length means the thread waited, e.g. for a busy machine's CPU).
     */
    record Gap(long nanos, long layoutNanos, long gcMillis, long cpuNanos) {
        static final Gap NONE = new Gap(0, 0, 0, 0);

        @Override
        public String toString() {
            return String.format("%.0f ms (CSS+layout %.0f ms, GC %d ms, other %.0f ms; FX thread CPU %.0f ms)",
                    nanos / 1e6, layoutNanos / 1e6, gcMillis,
                    Math.max(0, nanos / 1e6 - layoutNanos / 1e6 - gcMillis), cpuNanos / 1e6);
        }
    }

    PulseProbe(Scene scene, boolean verbose) {
        this.verbose = verbose;
        scene.addPreLayoutPulseListener(() -> layoutStart = System.nanoTime());
        scene.addPostLayoutPulseListener(() -> {
            long spent = System.nanoTime() - layoutStart;
            layoutNanos += spent;
            longestLayout = Math.max(longestLayout, spent);
        });
        new AnimationTimer() {
            @Override
            public void handle(long now) {
                pulse(System.nanoTime());
            }
        }.start();
    }

    void phase(String name) {
        phase = name;
    }

    /** Starts a new measurement; call on the FX thread. */
    void reset() {
        longest = Gap.NONE;
        longestWithoutGc = Gap.NONE;
        longestLayout = 0;
        mostCpu = 0;
    }

    /** The most CPU time the FX thread used between two pulses. */
    long mostCpuNanos() {
        return mostCpu;
    }

    Gap longest() {
        return longest;
    }

    Gap longestWithoutGc() {
        return longestWithoutGc;
    }

    long longestLayoutNanos() {
        return longestLayout;
    }

    private void pulse(long now) {
        long gc = gcMillis();
        long cpu = THREADS.getCurrentThreadCpuTime();
        if (lastPulse != 0) {
            Gap gap = new Gap(now - lastPulse, layoutNanos, gc - gcAtLastPulse, cpu - cpuAtLastPulse);
            mostCpu = Math.max(mostCpu, gap.cpuNanos());
            if (gap.nanos() > longest.nanos()) {
                longest = gap;
            }
            if (gap.gcMillis() == 0 && gap.nanos() > longestWithoutGc.nanos()) {
                longestWithoutGc = gap;
            }
            if (verbose && gap.nanos() > 50_000_000L) {
                System.out.printf("  gap %s in %s%n", gap, phase);
            }
        }
        lastPulse = now;
        layoutNanos = 0;
        gcAtLastPulse = gc;
        cpuAtLastPulse = cpu;
    }

    private static long gcMillis() {
        long sum = 0;
        for (GarbageCollectorMXBean bean : ManagementFactory.getGarbageCollectorMXBeans()) {
            sum += Math.max(0, bean.getCollectionTime());
        }
        return sum;
    }
}
