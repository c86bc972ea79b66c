package org.segmentstudio.segments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Regression (issue 14): beyond income and spending, the advice comes from each segment's own
 * profile — what it buys far more and far less of, its size — so two segments that do not look
 * alike never get the same advice, and the figures quoted are the ones on the card.
 */
class StrategyRulesTest {
    private static final String[] SPEND = {"Fresh", "Milk", "Grocery", "Frozen", "Detergents_Paper", "Delicassen"};

    @Test
    void aSegmentIsToldWhatItBuysFarMoreAndFarLessOf() {
        SegmentProfile p = profile(0, 100, 0.25, new double[] {2.5, 1.0, 1.0, 1.0, 0.3, 1.64});
        List<String> actions = StrategyRules.suggest(p, List.of(p)).stream().map(Strategy::action).toList();
        assertTrue(actions.get(0).contains("far more than everyone on fresh (+150 %)"), actions.toString());
        assertTrue(actions.get(1).contains("Bundle fresh with delicassen (+64 %)"), actions.toString());
        assertTrue(actions.get(2).contains("little on detergents paper (\u221270 %)"), actions.toString());
        assertEquals(p.features().get(0).indexText(), "+150 %", "the figure quoted is the card's");
    }

    @Test
    void theWordsForHowMuchMoreOrLessAgreeWithTheFigureBesideThem() {
        // +33 % was "far more" in a wholesaler's advice.
        SegmentProfile p = profile(0, 100, 0.25, new double[] {1.33, 1.0, 1.0, 1.0, 1.0, 1.28});
        List<String> actions = StrategyRules.suggest(p, List.of(p)).stream().map(Strategy::action).toList();
        assertTrue(actions.get(0).contains("They spend more than everyone on fresh (+33 %)"), actions.toString());
        assertTrue(actions.get(1).contains("Bundle fresh with delicassen (+28 %), the other thing they take more of."),
                actions.toString());
        assertTrue(actions.stream().noneMatch(a -> a.contains("far more")), actions.toString());
    }

    @Test
    void segmentsThatDoNotLookAlikeNeverShareTheirAdvice() {
        Random rnd = new Random(14);
        for (int trial = 0; trial < 200; trial++) {
            int k = 2 + rnd.nextInt(6);
            List<SegmentProfile> all = new ArrayList<>();
            for (int s = 0; s < k; s++) {
                double[] ratios = new double[SPEND.length];
                for (int j = 0; j < ratios.length; j++) {
                    ratios[j] = Math.exp(rnd.nextGaussian() * 0.8);
                }
                all.add(profile(s, 10 + rnd.nextInt(200), 1.0 / k, ratios));
            }
            for (SegmentProfile a : all) {
                assertTrue(StrategyRules.suggest(a, all).size() >= 2, "at least two suggestions");
                for (SegmentProfile b : all) {
                    if (a != b && !levels(a).equals(levels(b))) {
                        assertNotEquals(StrategyRules.suggest(a, all), StrategyRules.suggest(b, all),
                                "trial " + trial + ": " + levels(a) + " and " + levels(b) + " got the same advice");
                    }
                }
            }
        }
    }

    private static List<Level> levels(SegmentProfile p) {
        return p.features().stream().map(FeatureStat::level).toList();
    }

    @Test
    void onlyTheLargestSegmentIsSpokenToAsTheMass() {
        SegmentProfile big = profile(0, 300, 0.6, new double[] {1, 1, 1, 1, 1, 1});
        SegmentProfile small = profile(1, 200, 0.4, new double[] {1, 1, 1, 1, 1, 1});
        List<SegmentProfile> all = List.of(big, small);
        assertTrue(StrategyRules.suggest(big, all).get(0).action().startsWith("They are the largest group (60 %"));
        assertNotEquals(StrategyRules.suggest(big, all), StrategyRules.suggest(small, all));
    }

    @Test
    void theMallPlaybookStillSpeaksOfIncomeAndSpending() {
        FeatureStat income = new FeatureStat("Annual Income (k$)", "income", true, 86, 79, 60, 61, Level.HIGH);
        FeatureStat spending = new FeatureStat("Spending Score (1-100)", "spending", true, 82, 83, 50, 50, Level.HIGH);
        SegmentProfile p = new SegmentProfile(0, 39, 0.195, List.of(income, spending), List.of());
        assertTrue(StrategyRules.suggest(p, List.of(p)).get(0).action().startsWith("Enrol them in a VIP tier"));
    }

    /** A wholesaler-like segment whose mean of each spend column is {@code ratios} × everyone's mean. */
    private static SegmentProfile profile(int segment, int size, double share, double[] ratios) {
        List<FeatureStat> stats = new ArrayList<>();
        for (int j = 0; j < SPEND.length; j++) {
            double popMean = 3000;
            double popMedian = 1500;
            double mean = popMean * ratios[j];
            double median = popMedian * ratios[j];
            Level level = Level.judge(mean, median, popMean, popMedian, 900, 2500, 3, 60000);
            stats.add(new FeatureStat(SPEND[j], FeatureWords.of(SPEND[j]), true, mean, median, popMean, popMedian, level));
        }
        return new SegmentProfile(segment, size, share, stats, List.of());
    }
}
