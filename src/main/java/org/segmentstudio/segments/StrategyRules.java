package org.segmentstudio.segments;

import static org.segmentstudio.segments.FeatureRole.AGE;
import static org.segmentstudio.segments.FeatureRole.INCOME;
import static org.segmentstudio.segments.FeatureRole.SPENDING;
import static org.segmentstudio.segments.Level.HIGH;
import static org.segmentstudio.segments.Level.LOW;
import static org.segmentstudio.segments.Level.MID;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * The marketing playbook: every rule that turns a segment profile into suggested actions, in one
 * table. Rules are tried from top to bottom; a segment gets the actions of the rules it matches, up
 * to {@link #MAX_ACTIONS}. The specific rules come first, the general ones last, and the final rule
 * matches every segment, so each gets at least two suggestions.
 *
 * <p>Beyond income, spending and age, the rules speak of the segment's own columns: what it buys
 * (or scores) far more of than everyone, what far less, and how big it is, so two segments get the
 * same advice only when their profiles look alike.
 */
public final class StrategyRules {
    public static final int MAX_ACTIONS = 3;

    /** A feature stands out when its mean is this far from everyone's (as a fraction). */
    static final double STANDS_OUT = 0.25;
    /** From this far (as a fraction) it is "far more" or "well below"; nearer, plainly "more" or "below". */
    static final double FAR = 0.5;
    /** A segment of this share of everyone, or more, that is also the largest, is spoken to as the mass. */
    static final double LARGEST = 0.25;

    /**
     * A row of the table: when it applies (said in words, and as a test of the segment among all the
     * segments), and what to do, which may name the segment's own columns and figures.
     */
    record Rule(String when, BiPredicate<SegmentProfile, List<SegmentProfile>> test,
                Function<SegmentProfile, List<String>> actions) {
    }

    static final List<Rule> RULES = List.of(
        rfm(RfmGroup.CHAMPIONS,
            "Give them VIP care: early access to new products, a personal thank-you, no discounts they do not need.",
            "Ask them for reviews and referrals: they are your best advocates.",
            "Watch their recency: the day a champion stops coming is the day to call."),
        rfm(RfmGroup.AT_RISK,
            "Win them back first: a personal message with an offer on what they used to buy, before they are lost.",
            "Ask what changed (a short survey or a call), and fix what you can.",
            "Measure who returns within a month, and stop the offers for those who do not."),
        rfm(RfmGroup.HIBERNATING,
            "Try one low-cost reactivation (an e-mail with a time-limited offer); keep the budget for others.",
            "Remove those who never respond from paid campaigns."),
        rfm(RfmGroup.NEW,
            "Onboard them: a welcome series and a reason to make the second purchase soon.",
            "Recommend what customers like them bought next."),
        rfm(RfmGroup.PROMISING,
            "Give them a reason to come back soon: a follow-up offer on what they just bought.",
            "Recommend the products that customers like them buy next, to grow the basket."),
        rfm(RfmGroup.LOYAL,
            "Reward their loyalty with points or a members' tier, and cross-sell related products.",
            "Invite them to move up to champions: a reason to come more often or buy a little more."),
        rfm(RfmGroup.NEEDS_ATTENTION,
            "Include them in the regular campaigns with a limited-time offer to lift visits.",
            "Invite the most recent of them to the loyalty programme, to move them towards loyal."),
        rfm(RfmGroup.ABOUT_TO_SLEEP,
            "Reach them before they lapse: a personal reminder with an offer on what they bought before.",
            "Ask what would bring them back more often (one short question), and act on the commonest answer."),
        rule("high income and high spending", both(INCOME, HIGH, SPENDING, HIGH),
            "Enrol them in a VIP tier of the loyalty programme: early access to sales, free parking, a personal shopper.",
            "Show them premium brands and new collections first, by personal invitation.",
            "Keep them close: thank them after big purchases and watch for any drop in visits."),
        rule("high income but low spending", both(INCOME, HIGH, SPENDING, LOW),
            "Find out what keeps them from buying here, with a short survey or a few interviews.",
            "Invite them to exclusive events and showcases of quality brands.",
            "Give a welcome reward on their next purchase to turn their budget into visits."),
        rule("low income but high spending", both(INCOME, LOW, SPENDING, HIGH),
            "Offer value bundles and multi-buy deals on what they already buy.",
            "Reward frequent visits with loyalty points rather than deeper price cuts.",
            "Keep offers honest and affordable: no pressure towards credit."),
        rule("low income and low spending", both(INCOME, LOW, SPENDING, LOW),
            "Reach them only through low-cost channels: the app, e-mail and in-store signs.",
            "Feature entry-price products and the seasonal sales.",
            "Keep the main marketing budget for other segments."),
        rule("average income and average spending", both(INCOME, MID, SPENDING, MID),
            "Include them in the regular seasonal campaigns: they are the core of the footfall.",
            "Cross-sell with small bundles that lift the basket a little.",
            "Use loyalty points to move the best of them up to a higher tier."),
        new Rule("buys far more of one thing than everyone", (p, all) -> standsOut(p, HIGH).isPresent(),
            p -> {
                FeatureStat most = standsOut(p, HIGH).orElseThrow();
                List<String> out = new ArrayList<>();
                out.add(isAmount(most)
                    ? "They spend " + much(most, "far more", "more") + " than everyone on " + most.word() + " ("
                        + most.indexText() + "): lead their offers with " + most.word()
                        + " and keep it well stocked for them."
                    : "Their " + most.word() + " is " + much(most, "well above", "above") + " everyone's ("
                        + most.indexText() + "): build what you offer them around it.");
                secondHigh(p, most).ifPresent(next -> out.add("Bundle " + most.word() + " with " + next.word()
                    + " (" + next.indexText() + "), the other thing they take " + much(next, "far more", "more")
                    + " of."));
                return out;
            }),
        new Rule("buys far less of one thing than everyone", (p, all) -> standsOut(p, LOW).isPresent(),
            p -> {
                FeatureStat least = standsOut(p, LOW).orElseThrow();
                return List.of(isAmount(least)
                    ? "They spend " + much(least, "little", "less than everyone") + " on " + least.word() + " ("
                        + least.indexText() + "): a trial offer on " + least.word()
                        + " could win what they now buy elsewhere."
                    : "Their " + least.word() + " is " + much(least, "well below", "below") + " everyone's ("
                        + least.indexText() + "): ask what holds it back, and test one offer that could lift it.");
            }),
        new Rule("the largest segment", (p, all) -> p.share() >= LARGEST
                && all.stream().allMatch(o -> o.size() <= p.size()),
            p -> List.of("They are the largest group (" + Formats.percent(p.share())
                + " of customers): reach them through low-cost channels such as e-mail and the notices where they already buy.")),
        rule("high spending", is(SPENDING, HIGH),
            "Reward their loyalty with points and members-only offers.",
            "Recommend related products to grow the basket further."),
        rule("low spending", is(SPENDING, LOW),
            "Win them back with a time-limited offer, and measure who returns.",
            "Ask what they miss in the shops, and act on the most common answer."),
        rule("high income", is(INCOME, HIGH),
            "Present premium and quality ranges rather than discounts."),
        rule("low income", is(INCOME, LOW),
            "Lead with value: bundles, clear prices and everyday deals."),
        rule("younger customers", is(AGE, LOW),
            "Reach them on social media and in the app, with trend-led products."),
        rule("older customers", is(AGE, HIGH),
            "Reach them by e-mail, print and in-store service, stressing comfort and quality."),
        rule("a small segment", p -> p.share() < 0.05,
            "Contact them personally rather than with a broad campaign: they are few."),
        rule("above average on every feature", every(HIGH),
            "Treat them as your best customers: first in line for new offers and personal service."),
        rule("below average on every feature", every(LOW),
            "Keep the spend on them low; test one cheap offer before doing more."),
        rule("every segment", p -> true,
            "Test one offer on part of this segment and measure the response before a full campaign.",
            "Ask a few of these customers what would bring them back more often.")
    );

    private StrategyRules() {
    }

    /** The two or three actions for a segment among {@code all} segments, from the first rules it matches. */
    public static List<Strategy> suggest(SegmentProfile profile, List<SegmentProfile> all) {
        List<Strategy> out = new ArrayList<>();
        Set<String> taken = new LinkedHashSet<>();
        for (Rule r : RULES) {
            if (out.size() == MAX_ACTIONS) {
                break;
            }
            if (r.test().test(profile, all)) {
                for (String action : r.actions().apply(profile)) {
                    if (out.size() < MAX_ACTIONS && taken.add(action)) {
                        out.add(new Strategy(action, r.when()));
                    }
                }
            }
        }
        return List.copyOf(out);
    }

    /** A row for one RFM group of customers built from purchases. */
    private static Rule rfm(RfmGroup group, String... actions) {
        return rule(group.title().toLowerCase(java.util.Locale.ROOT) + " (" + group.meaning() + ")",
                p -> RfmGroup.of(p).filter(g -> g == group).isPresent(), actions);
    }

    private static Rule rule(String when, Predicate<SegmentProfile> test, String... actions) {
        List<String> fixed = List.of(actions);
        return new Rule(when, (p, all) -> test.test(p), p -> fixed);
    }

    /** {@code far} where the feature's mean is at least {@link #FAR} from everyone's, else {@code near}: "+33 %" is not "far more". */
    private static String much(FeatureStat f, String far, String near) {
        return Math.abs(f.index()) >= FAR ? far : near;
    }

    /**
     * The clustered feature, other than income, spending and age (their own rules speak of them), at
     * this level that lies furthest from everyone's mean, when it lies at least {@link #STANDS_OUT} away.
     */
    static Optional<FeatureStat> standsOut(SegmentProfile p, Level level) {
        return candidates(p, level).findFirst();
    }

    private static Optional<FeatureStat> secondHigh(SegmentProfile p, FeatureStat first) {
        return candidates(p, HIGH).filter(f -> f != first).findFirst();
    }

    /**
     * What a customer built from purchases is measured by — days since, orders, tenure, items,
     * returns — is not something a shop stocks or offers: the RFM rows speak of it.
     */
    private static final java.util.regex.Pattern BEHAVIOUR = java.util.regex.Pattern.compile(
            "^(recency|frequency|tenure|returns|items|distinct|monetary|order)");

    private static Stream<FeatureStat> candidates(SegmentProfile p, Level level) {
        return p.features().stream()
                .filter(f -> f.role() == FeatureRole.OTHER && !BEHAVIOUR.matcher(f.word()).find()
                        && f.level() == level && !Double.isNaN(f.index())
                        && Math.abs(f.index()) >= STANDS_OUT)
                .sorted(Comparator.comparingDouble((FeatureStat f) -> Math.abs(f.index())).reversed());
    }

    /** Money spent on something: never negative, a few large buyers beside many small ones. */
    private static boolean isAmount(FeatureStat f) {
        return f.populationMedian() > 0 && f.populationMean() >= ValueMeasure.SKEWED_MEAN * f.populationMedian();
    }

    private static Predicate<SegmentProfile> is(FeatureRole role, Level level) {
        return p -> p.level(role).filter(l -> l == level).isPresent();
    }

    private static Predicate<SegmentProfile> both(FeatureRole r1, Level l1, FeatureRole r2, Level l2) {
        return is(r1, l1).and(is(r2, l2));
    }

    private static Predicate<SegmentProfile> every(Level level) {
        return p -> !p.features().isEmpty() && p.features().stream().allMatch(f -> f.level() == level);
    }
}
