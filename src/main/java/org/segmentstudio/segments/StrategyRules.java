package org.segmentstudio.segments;

import static org.segmentstudio.segments.FeatureRole.AGE;
import static org.segmentstudio.segments.FeatureRole.INCOME;
import static org.segmentstudio.segments.FeatureRole.SPENDING;
import static org.segmentstudio.segments.Level.HIGH;
import static org.segmentstudio.segments.Level.LOW;
import static org.segmentstudio.segments.Level.MID;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The marketing playbook: every rule that turns a segment profile into suggested actions, in one
 * table. Rules are tried from top to bottom; a segment gets the actions of the rules it matches, up
 * to {@link #MAX_ACTIONS}. The specific rules come first, the general ones last, and the final rule
 * matches every segment, so each gets at least two suggestions.
 */
public final class StrategyRules {
    public static final int MAX_ACTIONS = 3;

    /** A row of the table: when it applies (said in words and as a test), and what to do. */
    record Rule(String when, Predicate<SegmentProfile> test, List<String> actions) {
    }

    static final List<Rule> RULES = List.of(
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

    /** The two or three actions for a segment, from the first rules it matches. */
    public static List<Strategy> suggest(SegmentProfile profile) {
        List<Strategy> out = new ArrayList<>();
        Set<String> taken = new LinkedHashSet<>();
        for (Rule r : RULES) {
            if (out.size() == MAX_ACTIONS) {
                break;
            }
            if (r.test().test(profile)) {
                for (String action : r.actions()) {
                    if (out.size() < MAX_ACTIONS && taken.add(action)) {
                        out.add(new Strategy(action, r.when()));
                    }
                }
            }
        }
        return List.copyOf(out);
    }

    private static Rule rule(String when, Predicate<SegmentProfile> test, String... actions) {
        return new Rule(when, test, List.of(actions));
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
