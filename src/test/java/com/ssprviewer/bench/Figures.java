package com.ssprviewer.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Collects repeated measurements per name and prints median, min and max: machines here are shared and noisy. */
final class Figures {

    private final Map<String, List<Double>> values = new LinkedHashMap<>();
    private final Map<String, String> units = new LinkedHashMap<>();

    void add(String name, String unit, double value) {
        values.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
        units.put(name, unit);
    }

    void print() {
        System.out.printf("%-58s %12s %12s %12s  %s%n", "figure", "median", "min", "max", "unit (n)");
        values.forEach((name, list) -> {
            List<Double> sorted = new ArrayList<>(list);
            Collections.sort(sorted);
            double median = sorted.size() % 2 == 1 ? sorted.get(sorted.size() / 2)
                    : (sorted.get(sorted.size() / 2 - 1) + sorted.get(sorted.size() / 2)) / 2;
            System.out.printf("%-58s %12.2f %12.2f %12.2f  %s (%d)%n", name, median, sorted.get(0),
                    sorted.get(sorted.size() - 1), units.get(name), sorted.size());
        });
    }
}
