package org.segmentstudio.segments;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class FeatureWordsTest {
    @Test
    void columnNamesBecomeShortWords() {
        assertEquals("income", FeatureWords.of("Annual Income (k$)"));
        assertEquals("spending", FeatureWords.of("Spending Score (1-100)"));
        assertEquals("age", FeatureWords.of("Age"));
        assertEquals("basket", FeatureWords.of("avg_basket_value"));
        assertEquals("visits", FeatureWords.of("visitsPerMonth [n]"));
        assertEquals("score", FeatureWords.of("Score"));
    }

    @Test
    void rolesComeFromTheWords() {
        assertEquals(FeatureRole.INCOME, FeatureRole.of(FeatureWords.of("Annual Income (k$)")));
        assertEquals(FeatureRole.SPENDING, FeatureRole.of(FeatureWords.of("Spending Score (1-100)")));
        assertEquals(FeatureRole.AGE, FeatureRole.of("age"));
        assertEquals(FeatureRole.OTHER, FeatureRole.of("usage"));
    }
}
