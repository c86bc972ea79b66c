package org.segmentstudio.segments;

import java.util.List;

/** What a column means to a shop, guessed from its short word; the strategy rules speak in roles. */
public enum FeatureRole {
    INCOME(List.of("income", "salary", "earning", "wage")),
    SPENDING(List.of("spend", "purchase", "sales", "revenue", "basket", "order", "monetary")),
    AGE(List.of("age")),
    OTHER(List.of());

    private final List<String> stems;

    FeatureRole(List<String> stems) {
        this.stems = stems;
    }

    /** The role of a column with short word {@code word} (see {@link FeatureWords}). */
    public static FeatureRole of(String word) {
        for (FeatureRole r : values()) {
            for (String stem : r.stems) {
                boolean match = r == AGE ? word.equals(stem) || word.startsWith(stem + " ") : word.contains(stem);
                if (match) {
                    return r;
                }
            }
        }
        return OTHER;
    }
}
