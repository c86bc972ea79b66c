package org.segmentstudio.segments;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * Regression (issue 14): a level word never contradicts the comparison a reader makes with the
 * numbers beside it — "High" only above everyone's mean (median not below), "Low" only below, and
 * codes that tie at the tertiles still read low at the bottom and high at the top.
 */
class LevelTest {

    @Test
    void skewedMoneyBelowTheAverageIsNeverHigh() {
        // Spend: mean 2,054 pulled up by a few big spenders; the upper tertile lies at 1,000.
        assertEquals(Level.MID, Level.judge(1_350, 1_100, 2_054, 700, 400, 1_000, 0, 112_151),
                "above the upper tertile but below everyone's mean: not \"High\"");
        assertEquals(Level.HIGH, Level.judge(9_000, 6_000, 2_054, 700, 400, 1_000, 0, 112_151));
    }

    @Test
    void aMeanCloseToEveryonesIsMidWhereTheUpperTertileLiesJustUnderTheMean() {
        // CDNOW spend: mean 106, upper tertile 85; a segment at 108 (+2 %) with a median above everyone's.
        assertEquals(Level.MID, Level.judge(108, 60, 106, 43, 25, 85, 0, 13_990), "+2 % is not high");
        assertEquals(Level.HIGH, Level.judge(118, 60, 106, 43, 25, 85, 0, 13_990), "+11 % above the tertile is");
        // A score most give 90–100 and a few 0: the lower tertile (85) lies above the mean (80).
        assertEquals(Level.MID, Level.judge(75, 70, 80, 90, 85, 95, 0, 100), "\u22126 % is not low");
        assertEquals(Level.LOW, Level.judge(60, 55, 80, 90, 85, 95, 0, 100), "\u221225 % is");
    }

    @Test
    void aMeanAboveAverageWithAMedianBelowIsNotHigh() {
        assertEquals(Level.MID, Level.judge(70, 40, 60, 50, 40, 65, 0, 100));
        assertEquals(Level.MID, Level.judge(30, 60, 45, 50, 35, 65, 0, 100), "and the same the other way");
    }

    @Test
    void codesThatTieAtTheTertilesReadLowAtTheBottomAndHighAtTheTop() {
        // Channel: 1 or 2, two thirds are 1, so both tertiles are 1.
        assertEquals(Level.LOW, Level.judge(1.0, 1.0, 1.32, 1.0, 1.0, 1.0, 1, 2), "channel 1.00, the minimum");
        assertEquals(Level.HIGH, Level.judge(2.0, 2.0, 1.32, 1.0, 1.0, 1.0, 1, 2));
        // Region: 1, 2 or 3, most are 3, so the upper tertile is 3.
        assertEquals(Level.HIGH, Level.judge(3.0, 3.0, 2.54, 3.0, 2.0, 3.0, 1, 3), "region 3.00, the maximum");
        assertEquals(Level.MID, Level.judge(2.6, 3.0, 2.54, 3.0, 2.0, 3.0, 1, 3));
    }

    @Test
    void theClassicTertileReadingStandsWhereTheAverageAgrees() {
        assertEquals(Level.HIGH, Level.judge(86.5, 79, 60.6, 61.5, 48, 73, 15, 137));
        assertEquals(Level.LOW, Level.judge(25.7, 24.5, 60.6, 61.5, 48, 73, 15, 137));
        assertEquals(Level.MID, Level.judge(55.3, 54, 60.6, 61.5, 48, 73, 15, 137));
    }

    @Test
    void aMeanFarFromEveryonesIsNotMidWhereASkewedColumnsMiddleTertileIsWide() {
        // Detergents: most spend little, a few a lot; the middle tertile runs from 383 to 2,354.
        assertEquals(Level.LOW, Level.judge(687, 312, 2_999, 856, 383, 2_354, 3, 40_827), "mean −77 %, median below");
        assertEquals(Level.HIGH, Level.judge(2_300, 1_900, 1_500, 856, 383, 2_354, 3, 40_827), "mean +53 %, median above");
        assertEquals(Level.MID, Level.judge(687, 900, 2_999, 856, 383, 2_354, 3, 40_827),
                "a median above everyone's keeps it from reading low");
        assertEquals(Level.LOW, Level.judge(1_600, 800, 2_999, 856, 383, 2_354, 3, 40_827),
                "−47 %, median below: low (\"Mid fresh\" beside −39 % was seen in the real window)");
        assertEquals(Level.MID, Level.judge(2_250, 800, 2_999, 856, 383, 2_354, 3, 40_827), "−25 %: still mid");
        assertEquals(Level.HIGH, Level.judge(3_950, 900, 2_999, 856, 383, 2_354, 3, 40_827),
                "+32 %, median above: high, though under the upper tertile's reading of a skewed column");
        assertEquals(Level.MID, Level.judge(3_950, 700, 2_999, 856, 383, 2_354, 3, 40_827), "+32 %, median below: mid");
    }

    @Test
    void farFromEveryonesMeanWhicheverTertileHoldsIt() {
        // Returns: 70 % of customers none, so both tertiles are 0; a mean of 0.5 against 0.9 is "above the upper tertile".
        assertEquals(Level.LOW, Level.judge(0.5, 0, 0.9, 0, 0, 0, 0, 20), "−44 %, median no higher: low");
        assertEquals(Level.HIGH, Level.judge(1.5, 1, 0.9, 0, 0, 0, 0, 20), "+67 %");
        assertEquals(Level.MID, Level.judge(0.8, 0, 0.9, 0, 0, 0, 0, 20), "−11 %: the tertiles' high is not said, nor low");
    }
}
