package org.segmentstudio.segments.model;

import java.util.ArrayList;
import java.util.List;
import org.segmentstudio.segments.Formats;

/**
 * How well new customers fit saved segments: each segment's share then and now, and its customers'
 * mean distance to the centre then and now; where they fit clearly worse (at least
 * {@link #WORSE} × the saved distance), the segments may be out of date.
 *
 * @param names           the saved names
 * @param sharesThen      per segment, its share when saved
 * @param sharesNow       per segment, its share of the new customers
 * @param distancesThen   per segment, the mean distance when saved
 * @param distancesNow    per segment, the mean distance of the new customers (NaN when none)
 * @param borderlineNow   per segment, the new customers lying at least {@link #WORSE} × the saved mean
 *                        distance from its centre: borderline, as the cards call customers that
 *                        belong loosely
 */
public record FitNote(List<String> names, double[] sharesThen, double[] sharesNow, double[] distancesThen,
                      double[] distancesNow, int[] borderlineNow) {
    public static final double WORSE = 1.5;

    public static FitNote of(SegmentModel model, Assignment a) {
        int k = model.k();
        int[] sizes = a.sizesFor(k);
        int n = a.labels().length;
        double[] shares = new double[k];
        for (int s = 0; s < k; s++) {
            shares[s] = n == 0 ? 0 : (double) sizes[s] / n;
        }
        int[] borderline = new int[k];
        double[] then = model.quality().meanDistances();
        for (int i = 0; i < a.labels().length; i++) {
            int s = a.labels()[i];
            if (then[s] > 0 && a.distances()[i] >= WORSE * then[s]) {
                borderline[s]++;
            }
        }
        return new FitNote(model.names(), model.quality().shares(), shares, then, a.meanDistances(k), borderline);
    }

    /** The segments whose new customers lie at least {@link #WORSE} × as far from the centre as the saved ones. */
    public List<Integer> fitWorse() {
        List<Integer> out = new ArrayList<>();
        for (int s = 0; s < names.size(); s++) {
            if (distancesNow[s] >= WORSE * distancesThen[s] && distancesThen[s] > 0) {
                out.add(s);
            }
        }
        return out;
    }

    public boolean outOfDate() {
        return !fitWorse().isEmpty();
    }

    /** In words: "Champions: 12 % then, 9 % now" …, and whether a new run is due. */
    public String text() {
        StringBuilder sb = new StringBuilder();
        for (int s = 0; s < names.size(); s++) {
            if (s > 0) {
                sb.append("; ");
            }
            sb.append(names.get(s)).append(": ").append(Formats.percent(sharesThen[s])).append(" then, ")
                    .append(Formats.percent(sharesNow[s])).append(" now");
        }
        sb.append(". ");
        int borderline = 0;
        for (int b : borderlineNow) {
            borderline += b;
        }
        if (borderline > 0) {
            sb.append(Formats.count(borderline)).append(" of the new customers are borderline: at least ").append(WORSE)
                    .append(" × as far from their segment's centre as its saved customers were on average. ");
        }
        List<Integer> worse = fitWorse();
        if (worse.isEmpty()) {
            sb.append("The new customers fit the saved segments about as well as the old ones did.");
        } else {
            sb.append("The new customers of ").append(String.join(", ", worse.stream().map(names::get).toList()))
                    .append(" lie at least ").append(WORSE).append(" × as far from their centre as the saved ones:"
                            + " the segments may be out of date; a new run would find today's.");
        }
        return sb.toString();
    }
}
