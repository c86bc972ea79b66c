package org.segmentstudio.segments;

import java.util.Optional;

/**
 * The well-known personas of the classic income/spending view of mall customers, each defined by
 * where its income and spending fall among the population's tertiles, never by a label number.
 */
public enum Persona {
    TARGET("Target", Level.HIGH, Level.HIGH, "earn a lot and spend a lot"),
    CAREFUL("Careful", Level.HIGH, Level.LOW, "earn a lot but spend little"),
    CARELESS("Careless", Level.LOW, Level.HIGH, "earn little but spend a lot"),
    SENSIBLE("Sensible", Level.LOW, Level.LOW, "earn little and spend little"),
    STANDARD("Standard", Level.MID, Level.MID, "earn and spend about average");

    private final String title;
    private final Level income;
    private final Level spending;
    private final String meaning;

    Persona(String title, Level income, Level spending, String meaning) {
        this.title = title;
        this.income = income;
        this.spending = spending;
        this.meaning = meaning;
    }

    public String title() {
        return title;
    }

    /** What the persona's customers do, as a phrase: "earn a lot and spend a lot". */
    public String meaning() {
        return meaning;
    }

    /**
     * The persona of a segment, when the clustering used exactly an income and a spending feature, and nothing else,
     * and the segment's pair of levels is one of the five patterns.
     */
    public static Optional<Persona> of(SegmentProfile p) {
        var features = p.features();
        boolean classicPair = features.size() == 2 && p.mixes().stream().noneMatch(CategoryMix::clustered)
                && features.stream().anyMatch(f -> f.role() == FeatureRole.INCOME)
                && features.stream().anyMatch(f -> f.role() == FeatureRole.SPENDING);
        if (!classicPair) {
            return Optional.empty();
        }
        Level in = p.level(FeatureRole.INCOME).orElse(null);
        Level sp = p.level(FeatureRole.SPENDING).orElse(null);
        for (Persona persona : values()) {
            if (persona.income == in && persona.spending == sp) {
                return Optional.of(persona);
            }
        }
        return Optional.empty();
    }
}
