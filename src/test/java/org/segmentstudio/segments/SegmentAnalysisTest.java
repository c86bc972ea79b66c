package org.segmentstudio.segments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.segmentstudio.data.Dataset;
import org.segmentstudio.data.Samples;
import org.segmentstudio.engine.KMeans;
import org.segmentstudio.engine.KMeansParams;
import org.segmentstudio.engine.KMeansResult;
import org.segmentstudio.engine.Scaling;

/** The sample, K = 5 on income and spending, no scaling: the classic five segments. */
class SegmentAnalysisTest {
    static final String INCOME = "Annual Income (k$)";
    static final String SPENDING = "Spending Score (1-100)";
    private static Dataset data;
    private static FeatureMatrix features;
    private static KMeansResult result;
    private static SegmentAnalysis analysis;

    @BeforeAll
    static void cluster() {
        data = Samples.mallCustomers();
        features = FeatureMatrixBuilder.build(data, List.of(INCOME, SPENDING), MissingPolicy.DROP);
        result = KMeans.fit(features.matrix(), KMeansParams.defaults(5).withScaling(Scaling.NONE));
        analysis = SegmentAnalysis.of(data, features, result.labels(), result.k());
    }

    private static SegmentProfile withLevels(Level income, Level spending) {
        return analysis.profiles().stream()
                .filter(p -> p.level(FeatureRole.INCOME).orElseThrow() == income
                        && p.level(FeatureRole.SPENDING).orElseThrow() == spending)
                .findFirst().orElseThrow(() -> new AssertionError("no segment with " + income + "/" + spending));
    }

    @Test
    void theHighIncomeHighSpendingSegmentIsNamedAndRankedAsTheTarget() {
        SegmentProfile rich = withLevels(Level.HIGH, Level.HIGH);
        assertTrue(rich.stat(INCOME).orElseThrow().mean() > 80, "it really is the high-income segment");
        assertTrue(rich.stat(SPENDING).orElseThrow().mean() > 75, "it really is the high-spending segment");
        SegmentName name = analysis.names().get(rich.segment());
        assertEquals("High income \u00b7 High spending", name.descriptive());
        assertEquals(Optional.of(Persona.TARGET), name.persona());
        assertEquals(rich.segment(), analysis.ranking().target());
        assertEquals(1, analysis.ranking().rankOf(rich.segment()));
        assertTrue(analysis.ranking().reason().contains("spending"), analysis.ranking().reason());
        assertTrue(analysis.ranking().reason().contains(rich.size() + " customers"), analysis.ranking().reason());
    }

    @Test
    void theFiveClassicPersonasEachNameOneSegment() {
        Set<Persona> personas = new HashSet<>();
        analysis.names().forEach(n -> personas.add(n.persona().orElseThrow()));
        assertEquals(Set.of(Persona.values()), personas);
        assertEquals(5, new HashSet<>(analysis.names().stream().map(SegmentName::descriptive).toList()).size());
        SegmentProfile careful = withLevels(Level.HIGH, Level.LOW);
        assertEquals("High income \u00b7 Low spending", analysis.names().get(careful.segment()).descriptive());
        assertEquals("Careful", analysis.names().get(careful.segment()).persona().orElseThrow().title());
        assertEquals(List.of("High income \u00b7 Low spending", "Careful"),
                analysis.names().get(careful.segment()).choices());
    }

    @Test
    void namesFollowTheProfilesNotTheLabels() {
        for (SegmentProfile p : analysis.profiles()) {
            String name = analysis.names().get(p.segment()).descriptive();
            FeatureStat income = p.stat(INCOME).orElseThrow();
            FeatureStat spending = p.stat(SPENDING).orElseThrow();
            assertEquals(income.level().word() + " income \u00b7 " + spending.level().word() + " spending", name);
            if (income.level() == Level.HIGH) {
                assertTrue(income.mean() > income.populationMean(), name);
            }
            if (spending.level() == Level.LOW) {
                assertTrue(spending.mean() < spending.populationMean(), name);
            }
        }
    }

    @Test
    void strategiesFitTheProfiles() {
        for (SegmentProfile p : analysis.profiles()) {
            List<Strategy> s = analysis.strategies().get(p.segment());
            assertTrue(s.size() >= 2 && s.size() <= 3, s.toString());
        }
        assertTrue(actions(withLevels(Level.HIGH, Level.HIGH)).contains("loyalty programme"));
        assertTrue(actions(withLevels(Level.HIGH, Level.HIGH)).contains("premium"));
        assertTrue(actions(withLevels(Level.LOW, Level.HIGH)).contains("value bundles"));
        assertTrue(actions(withLevels(Level.LOW, Level.LOW)).contains("low-cost channels"));
        assertTrue(actions(withLevels(Level.HIGH, Level.LOW)).contains("survey"));
        assertFalse(actions(withLevels(Level.LOW, Level.LOW)).contains("VIP"));
        assertEquals("high income and high spending",
                analysis.strategies().get(withLevels(Level.HIGH, Level.HIGH).segment()).get(0).because());
    }

    private static String actions(SegmentProfile p) {
        return String.join(" ", analysis.strategies().get(p.segment()).stream().map(Strategy::action).toList());
    }

    @Test
    void profilesCountEveryCustomerAndIndexAgainstThePopulation() {
        int total = analysis.profiles().stream().mapToInt(SegmentProfile::size).sum();
        assertEquals(200, total);
        assertEquals(1.0, analysis.profiles().stream().mapToDouble(SegmentProfile::share).sum(), 1e-12);
        SegmentProfile rich = withLevels(Level.HIGH, Level.HIGH);
        FeatureStat income = rich.stat(INCOME).orElseThrow();
        assertEquals(60.56, income.populationMean(), 1e-9);
        assertEquals(income.mean() / 60.56 - 1, income.index(), 1e-12);
        assertTrue(income.indexText().startsWith("+"), income.indexText());
        assertTrue(rich.stat("Age").isPresent(), "a measure that is not a feature is profiled too");
        assertFalse(rich.stat("Age").orElseThrow().clustered());
        assertFalse(rich.stat("CustomerID").isPresent(), "identifiers are not profiled");
    }

    @Test
    void genderMixIsShownThoughItIsNotAFeature() {
        for (SegmentProfile p : analysis.profiles()) {
            CategoryMix gender = p.mixes().stream().filter(m -> m.column().equals("Gender")).findFirst().orElseThrow();
            int counted = gender.shares().stream().mapToInt(CategoryShare::count).sum();
            assertEquals(p.size(), counted);
            assertEquals(Set.of("Female", "Male"), Set.copyOf(gender.shares().stream().map(CategoryShare::value).toList()));
            assertEquals(0.56, gender.shares().stream().filter(c -> c.value().equals("Female")).findFirst()
                    .orElseThrow().populationShare(), 1e-12);
            assertTrue(gender.top().count() >= gender.shares().get(1).count());
        }
    }

    @Test
    void otherMeasuresRankDifferentlyAndSizeRanksTheLargestFirst() {
        SegmentAnalysis bySize = analysis.rankedBy(ValueMeasure.SIZE);
        int largest = analysis.profiles().stream().max((a, b) -> Integer.compare(a.size(), b.size())).orElseThrow()
                .segment();
        assertEquals(largest, bySize.ranking().target());
        assertNotEquals(analysis.ranking().target(), bySize.ranking().target());
        assertTrue(bySize.ranking().reason().contains("largest"));
        List<ValueMeasure> choices = ValueMeasure.choices(analysis.profiles());
        assertEquals(List.of(INCOME, SPENDING, "Age"), choices.subList(0, 3).stream().map(ValueMeasure::column).toList());
        assertEquals(ValueMeasure.SIZE, choices.get(choices.size() - 1));
        assertEquals(SPENDING, ValueMeasure.defaultFor(analysis.profiles()).column());
        assertEquals("spending \u00d7 size", ValueMeasure.defaultFor(analysis.profiles()).label());
    }

    @Test
    void entriesCarryNameSizeShareTargetReasonAndStrategies() {
        List<SegmentEntry> entries = analysis.entries();
        assertEquals(5, entries.size());
        assertEquals(1, entries.stream().filter(SegmentEntry::target).count());
        SegmentEntry target = entries.stream().filter(SegmentEntry::target).findFirst().orElseThrow();
        assertEquals("High income \u00b7 High spending", target.name());
        assertEquals(analysis.ranking().reason(), target.reason());
        assertEquals(analysis.ranking().target() + 1, target.segment());
        for (SegmentEntry e : entries) {
            SegmentProfile p = analysis.profiles().get(e.segment() - 1);
            assertEquals(p.size(), e.size());
            assertEquals(p.share(), e.share(), 1e-12);
            assertTrue(e.strategies().size() >= 2);
            if (!e.target()) {
                assertTrue(e.reason().startsWith("Rank " + analysis.ranking().rankOf(p.segment()) + " of 5 by spending"),
                        e.reason());
            }
        }
        assertThrows(IllegalArgumentException.class, () -> analysis.entries(List.of("a")));
    }

    @Test
    void aSegmentWhoseValuesAreAllMissingGetsNoPersonaAndNoCrash() {
        String csv = "Income,Spending,Gender\n10,10,F\n12,11,M\n90,95,F\n,,M\n,,F\n";
        Dataset gaps = readCsv(csv);
        FeatureMatrix fm = FeatureMatrixBuilder.build(gaps, List.of("Income", "Spending"), MissingPolicy.MEAN);
        int[] labels = {0, 0, 1, 2, 2};
        SegmentAnalysis a = SegmentAnalysis.of(gaps, fm, labels, 3);
        assertTrue(a.names().get(2).persona().isEmpty());
        assertTrue(Double.isNaN(a.profiles().get(2).stat("Income").orElseThrow().mean()));
        assertEquals(3, a.entries().size());
        assertEquals(3, a.ranking().rankOf(2), "a segment with no spending values cannot lead on spending");
    }

    private static Dataset readCsv(String csv) {
        try {
            return new org.segmentstudio.data.CsvImporter().read("gaps.csv",
                    new java.io.ByteArrayInputStream(csv.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                    org.segmentstudio.data.CsvImporter.Progress.NONE, () -> false);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void aCategoricalFeatureIsNamedByItsDominantValueAndEndsThePersonas() {
        FeatureMatrix fm = FeatureMatrixBuilder.build(data, List.of(INCOME, SPENDING, "Gender"), MissingPolicy.DROP);
        KMeansResult r = KMeans.fit(fm.matrix(), KMeansParams.defaults(6).withScaling(Scaling.ZSCORE));
        SegmentAnalysis a = SegmentAnalysis.of(data, fm, r.labels(), r.k());
        for (SegmentProfile p : a.profiles()) {
            CategoryMix gender = p.mixes().stream().filter(m -> m.column().equals("Gender")).findFirst().orElseThrow();
            assertTrue(gender.clustered());
            String name = a.names().get(p.segment()).descriptive();
            double share = gender.top().share();
            assertEquals(share >= 2.0 / 3 && share < 1, name.endsWith("Mostly " + gender.top().value()), name);
            assertEquals(share >= 1, name.endsWith("All " + gender.top().value()), name);
            assertTrue(a.names().get(p.segment()).persona().isEmpty(), "personas are for income and spending alone");
            assertEquals(2, p.features().size(), "the one-hot columns are not measures");
        }
        assertTrue(a.names().stream().anyMatch(n -> n.descriptive().contains("All ")),
                "gender splits the segments: some are all of one gender");
    }

    @Test
    void badLabelsAreRefusedWithAPlainMessage() {
        assertThrows(IllegalArgumentException.class, () -> Profiler.profile(data, features, new int[3], 5));
        int[] labels = result.labels().clone();
        labels[0] = 7;
        assertThrows(IllegalArgumentException.class, () -> Profiler.profile(data, features, labels, 5));
    }
}
