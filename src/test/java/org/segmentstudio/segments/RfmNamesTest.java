package org.segmentstudio.segments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Regression (issue 15): customers built from purchases are named in RFM terms that agree with the
 * levels — few days since the last purchase is recent, never "Low recency" — and each RFM group gets
 * its own advice; Monetary ranks them.
 */
class RfmNamesTest {
    private static FeatureStat stat(String column, double ratio, Level level) {
        double popMean = 100;
        return new FeatureStat(column, FeatureWords.of(column), true, popMean * ratio, popMean * ratio * 0.8, popMean, 80,
                level);
    }

    private static SegmentProfile profile(int s, Level r, Level f, Level m) {
        return new SegmentProfile(s, 100, 0.2, List.of(stat("Recency (days)", r == Level.LOW ? 0.3 : r == Level.HIGH ? 2 : 1, r),
                stat("Frequency (orders)", f == Level.HIGH ? 3 : f == Level.LOW ? 0.4 : 1, f),
                stat("Monetary", m == Level.HIGH ? 4 : m == Level.LOW ? 0.3 : 1, m)), List.of());
    }

    @Test
    void theGroupsFollowTheLevels() {
        assertEquals(RfmGroup.CHAMPIONS, RfmGroup.of(profile(0, Level.LOW, Level.HIGH, Level.HIGH)).orElseThrow());
        assertEquals(RfmGroup.AT_RISK, RfmGroup.of(profile(0, Level.HIGH, Level.HIGH, Level.MID)).orElseThrow());
        assertEquals(RfmGroup.HIBERNATING, RfmGroup.of(profile(0, Level.HIGH, Level.LOW, Level.LOW)).orElseThrow());
        assertEquals(RfmGroup.PROMISING, RfmGroup.of(profile(0, Level.LOW, Level.LOW, Level.LOW)).orElseThrow(),
                "recent and small, but without a tenure that says they are new");
        SegmentProfile fresh = new SegmentProfile(0, 100, 0.2, List.of(stat("Recency (days)", 0.3, Level.LOW),
                stat("Frequency (orders)", 0.4, Level.LOW), stat("Monetary", 0.3, Level.LOW),
                new FeatureStat("Tenure (days)", "tenure", false, 20, 15, 200, 180, Level.LOW)), List.of());
        assertEquals(RfmGroup.NEW, RfmGroup.of(fresh).orElseThrow());
        assertEquals(RfmGroup.LOYAL, RfmGroup.of(profile(0, Level.MID, Level.HIGH, Level.MID)).orElseThrow());
        assertEquals(RfmGroup.NEEDS_ATTENTION, RfmGroup.of(profile(0, Level.MID, Level.MID, Level.MID)).orElseThrow());
    }

    /**
     * In the middle by the tertiles but far below everyone on frequency or spend (skewed columns):
     * not "About average" beside −40 % (CDNOW); drifting away when they also last bought longer ago,
     * promising when more recently than most.
     */
    @Test
    void aMiddleGroupFarBelowEveryoneIsNotCalledAverage() {
        SegmentProfile slipping = new SegmentProfile(0, 100, 0.25, List.of(stat("Recency (days)", 1.26, Level.MID),
                stat("Frequency (orders)", 0.6, Level.MID), stat("Monetary", 0.69, Level.MID)), List.of());
        assertEquals(RfmGroup.ABOUT_TO_SLEEP, RfmGroup.of(slipping).orElseThrow());
        SegmentProfile newer = new SegmentProfile(0, 100, 0.25, List.of(stat("Recency (days)", 0.7, Level.MID),
                stat("Frequency (orders)", 0.6, Level.MID), stat("Monetary", 0.69, Level.MID)), List.of());
        assertEquals(RfmGroup.PROMISING, RfmGroup.of(newer).orElseThrow(), "30 % more recently than most");
        SegmentProfile aboutAsRecent = new SegmentProfile(0, 100, 0.25, List.of(stat("Recency (days)", 0.97, Level.MID),
                stat("Frequency (orders)", 0.6, Level.MID), stat("Monetary", 0.69, Level.MID)), List.of());
        assertEquals(RfmGroup.ABOUT_TO_SLEEP, RfmGroup.of(aboutAsRecent).orElseThrow(),
                "recency \u22123 % is not \"bought recently\"");
        SegmentProfile away = new SegmentProfile(0, 100, 0.25, List.of(stat("Recency (days)", 1.3, Level.MID),
                stat("Frequency (orders)", 0.95, Level.MID), stat("Monetary", 1.05, Level.MID)), List.of());
        assertEquals(RfmGroup.ABOUT_TO_SLEEP, RfmGroup.of(away).orElseThrow(), "average buyers, away 30 % longer");
        SegmentProfile average = new SegmentProfile(0, 100, 0.25, List.of(stat("Recency (days)", 1.1, Level.MID),
                stat("Frequency (orders)", 0.85, Level.MID), stat("Monetary", 1.1, Level.MID)), List.of());
        assertEquals(RfmGroup.NEEDS_ATTENTION, RfmGroup.of(average).orElseThrow());
        assertEquals("About average", RfmGroup.NEEDS_ATTENTION.title());
        assertTrue(StrategyRules.suggest(slipping, List.of(slipping)).stream()
                .anyMatch(s -> s.action().startsWith("Reach them before they lapse")));
    }

    @Test
    void namesSpeakRfmAndTwoOfAGroupAreToldApartByWhatDiffers() {
        SegmentProfile longAgo = new SegmentProfile(2, 80, 0.16, List.of(stat("Recency (days)", 3.5, Level.HIGH),
                stat("Frequency (orders)", 0.4, Level.LOW), stat("Monetary", 0.3, Level.LOW)), List.of());
        List<SegmentProfile> ps = List.of(profile(0, Level.LOW, Level.HIGH, Level.HIGH),
                profile(1, Level.HIGH, Level.LOW, Level.LOW), longAgo);
        List<SegmentName> names = SegmentNamer.name(ps);
        assertEquals("Champions", names.get(0).initial());
        assertTrue(names.get(1).initial().startsWith("Hibernating or lost \u00b7 "), names.get(1).initial());
        assertEquals("Hibernating or lost \u00b7 more recent", names.get(1).initial());
        assertEquals("Hibernating or lost \u00b7 less recent", names.get(2).initial());
        for (SegmentName n : names) {
            assertFalse(n.initial().matches(".*(Low|High) recency.*|.*less recency.*"), n.initial());
        }
        assertEquals("Recent", SegmentNamer.phrase(stat("Recency (days)", 0.3, Level.LOW)));
        assertEquals("Lapsed", SegmentNamer.phrase(stat("Recency (days)", 2, Level.HIGH)));
    }

    /**
     * Two lapsed groups that differ most in what they spent, both far below everyone: told apart as
     * higher and lower spend, never as "bigger spenders" (the Champions' "big" is a quarter above
     * everyone or more).
     */
    @Test
    void namesakesApartBySpendAreNotCalledBigSpenders() {
        SegmentProfile spentSome = new SegmentProfile(0, 100, 0.5, List.of(stat("Recency (days)", 3, Level.HIGH),
                stat("Frequency (orders)", 0.4, Level.LOW), stat("Monetary", 0.45, Level.LOW)), List.of());
        SegmentProfile spentLittle = new SegmentProfile(1, 100, 0.5, List.of(stat("Recency (days)", 3, Level.HIGH),
                stat("Frequency (orders)", 0.4, Level.LOW), stat("Monetary", 0.2, Level.LOW)), List.of());
        List<SegmentName> names = SegmentNamer.name(List.of(spentSome, spentLittle));
        assertEquals("Hibernating or lost \u00b7 higher spend", names.get(0).initial());
        assertEquals("Hibernating or lost \u00b7 lower spend", names.get(1).initial());
        for (SegmentName n : names) {
            assertFalse(n.initial().contains("big"), n.initial());
        }
    }

    @Test
    void eachGroupGetsItsOwnAdviceAndMonetaryRanks() {
        SegmentProfile champions = profile(0, Level.LOW, Level.HIGH, Level.HIGH);
        SegmentProfile atRisk = profile(1, Level.HIGH, Level.HIGH, Level.HIGH);
        List<SegmentProfile> all = List.of(champions, atRisk);
        assertTrue(StrategyRules.suggest(champions, all).get(0).action().startsWith("Give them VIP care"));
        assertTrue(StrategyRules.suggest(atRisk, all).get(0).action().startsWith("Win them back first"));
        assertEquals("Monetary", ValueMeasure.defaultFor(all).column());
        assertEquals("spend \u00d7 size", ValueMeasure.defaultFor(all).label(), "RFM's Monetary said as spend");
    }

    @Test
    void theAtRiskSegmentThatSpentMostIsWonBackFirst() {
        SegmentProfile champions = profile(0, Level.LOW, Level.HIGH, Level.HIGH);
        SegmentProfile atRisk = profile(1, Level.HIGH, Level.HIGH, Level.HIGH);
        SegmentProfile smallAtRisk = new SegmentProfile(2, 10, 0.02, atRisk.stats(), List.of());
        List<SegmentProfile> all = List.of(champions, atRisk, smallAtRisk);
        assertEquals(1, RfmGroup.winBackFirst(all));
        assertEquals(-1, RfmGroup.winBackFirst(List.of(champions)));
        SegmentAnalysis a = SegmentAnalysis.of(List.of("Recency (days)", "Frequency (orders)", "Monetary"), all,
                ValueMeasure.defaultFor(all));
        SegmentEntry e = a.entries().get(1);
        assertTrue(e.winBack() && !a.entries().get(2).winBack());
        assertTrue(e.reason().startsWith("100 customers with spend +300 % against the average, who last bought 200"),
                e.reason());
        SegmentEntry first = a.entries().stream().filter(SegmentEntry::target).findFirst().orElseThrow();
        assertTrue(first.reason().contains("of all spend, with spend +"), "RFM's Monetary is spend: " + first.reason());
        assertFalse(first.reason().contains("monetary"), first.reason());
    }

    @Test
    void behaviourIsNeverAdvisedOnAsIfItWereAProduct() {
        SegmentProfile p = new SegmentProfile(0, 100, 0.2, List.of(stat("Recency (days)", 0.3, Level.MID),
                stat("Frequency (orders)", 0.4, Level.MID), stat("Monetary", 1.0, Level.MID),
                new FeatureStat("Returns share", "returns share", true, 0.01, 0, 0.03, 0, Level.LOW)), List.of());
        for (Strategy st : StrategyRules.suggest(p, List.of(p))) {
            assertFalse(st.action().matches("(?i).*(recency|frequency|returns share).*"), st.action());
        }
    }
}
