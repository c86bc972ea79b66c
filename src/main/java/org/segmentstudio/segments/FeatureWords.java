package org.segmentstudio.segments;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Short, readable words for column names, for segment names a manager reads at a glance:
 * "Annual Income (k$)" → "income", "Spending Score (1-100)" → "spending", "avg_basket_value" →
 * "basket".
 */
public final class FeatureWords {
    /** Words that say how a measure is taken rather than what it is. */
    private static final Set<String> FILLER = Set.of("annual", "yearly", "monthly", "weekly", "daily", "total",
            "avg", "average", "mean", "score", "number", "num", "no", "of", "the", "per", "customer", "customers",
            "in", "amount", "value", "level", "rate", "index", "count");

    private FeatureWords() {
    }

    /** A feature's word as a sentence says it: RFM's "monetary" is money spent, "spend" ("monetary +300 %" read as jargon). */
    public static String spoken(String word) {
        return word != null && word.toLowerCase(Locale.ROOT).startsWith("monetary") ? "spend" : word;
    }

    public static String of(String columnName) {
        String plain = columnName.replaceAll("\\(.*?\\)|\\[.*?]", " ")
                .replaceAll("([a-z])([A-Z])", "$1 $2")
                .replaceAll("[^\\p{L}\\p{N}]+", " ")
                .strip().toLowerCase(Locale.ROOT);
        List<String> kept = new ArrayList<>();
        for (String w : plain.split(" ")) {
            if (w.equals("per")) {
                break; // what follows is a unit: "visits per month"
            }
            if (w.length() > 1 && !FILLER.contains(w) && !w.chars().allMatch(Character::isDigit)) {
                kept.add(w);
            }
        }
        if (kept.isEmpty()) {
            return plain.isEmpty() ? columnName.strip() : plain;
        }
        return String.join(" ", kept.subList(0, Math.min(2, kept.size())));
    }
}
