package org.segmentstudio.data;

import java.util.Locale;
import java.util.Set;

/** The spellings of "no value" that real customer exports use. */
public final class MissingValues {
    private static final Set<String> MARKERS =
            Set.of("", "na", "n/a", "#n/a", "null", "nan", "?", "-", "none");

    private MissingValues() {
    }

    public static boolean isMissing(String cell) {
        return cell == null || MARKERS.contains(cell.strip().toLowerCase(Locale.ROOT));
    }
}
