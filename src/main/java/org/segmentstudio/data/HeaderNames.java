package org.segmentstudio.data;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Column names a user can tell apart: blank names become "Column 3", repeats become "Age (2)". */
final class HeaderNames {
    private HeaderNames() {
    }

    static List<String> unique(String[] header) {
        List<String> names = new ArrayList<>(header.length);
        Set<String> used = new HashSet<>();
        for (int c = 0; c < header.length; c++) {
            String base = header[c].isEmpty() ? "Column " + (c + 1) : header[c];
            String name = base;
            for (int copy = 2; used.contains(name); copy++) {
                name = base + " (" + copy + ")";
            }
            used.add(name);
            names.add(name);
        }
        return names;
    }
}
