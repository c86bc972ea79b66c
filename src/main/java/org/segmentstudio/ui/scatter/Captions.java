package org.segmentstudio.ui.scatter;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.segmentstudio.segments.FeatureWords;
import org.segmentstudio.segments.Formats;
import org.segmentstudio.ui.Messages;

/**
 * What the caption under the scatter says about the phase on screen, in the data's own words:
 * "Step 3 · Assign: 14 customers moved to a nearer centre", "Step 3 · Update: centres moved by at
 * most 2.1 k$ of income and 3.4 points of spending", "Converged: no customer changed segment".
 */
public final class Captions {
    /** How the starting centres were chosen. */
    public enum Start { KMEANS_PLUS_PLUS, PLACED, GIVEN }

    /** At most this many features are named in an update; the others are counted. */
    private static final int NAMED_MOVES = 3;
    private static final Pattern UNIT = Pattern.compile("\\(([^)]*)\\)");
    private static final Pattern RANGE = Pattern.compile("\\s*-?\\d+(\\.\\d+)?\\s*[-–]\\s*-?\\d+(\\.\\d+)?\\s*");

    private Captions() {
    }

    /**
     * @param features the clustered features' names (one-hot columns read "Gender=Female")
     * @param spread   each feature's range over the customers (max − min), to tell which moved most
     */
    public static String of(PlaybackModel m, List<String> features, double[] spread, Start start) {
        int at = m.positionProperty().get();
        // A model between two states (its phase set, its position not yet) says nothing for a moment.
        if (at < 0 || at >= m.recorded() || at >= m.frameCountProperty().get()
                || (m.phaseProperty().get() == PlaybackModel.Phase.UPDATED && at == 0)) {
            return "";
        }
        ScatterFrame frame = m.frame(at);
        return switch (m.phaseProperty().get()) {
            case START -> startText(m, frame.k(), start);
            case ASSIGNED -> {
                if (at == 0) {
                    yield Messages.tr("caption.assign.first");
                }
                if (frame.converged() && frame.changed() == 0) {
                    yield Messages.tr("caption.converged");
                }
                if (frame.converged() || at == m.recorded() - 1 && !m.liveProperty().get()) {
                    // The last assignment closes the last step; it is not a step of its own.
                    yield Messages.tr(frame.converged() ? "caption.assign.settled" : "caption.assign.atLimit",
                            frame.changed());
                }
                yield Messages.tr("caption.assign", at + 1, frame.changed());
            }
            case UPDATED -> update(at, m.frame(at - 1).centroids(), frame.centroids(), features, spread);
        };
    }

    private static String startText(PlaybackModel m, int k, Start start) {
        String how = Messages.tr("caption.start." + start.name(), k);
        int starts = m.startsProperty().get();
        if (starts <= 1) {
            return how;
        }
        return how + (m.liveProperty().get() ? Messages.tr("caption.start.live", starts)
                : Messages.tr("caption.start.best", m.shownStartProperty().get() + 1, starts));
    }

    private record Move(int feature, String text, double relative) {
    }

    static String update(int step, double[][] before, double[][] after, List<String> features, double[] spread) {
        List<Move> moves = new ArrayList<>();
        for (int j = 0; j < features.size(); j++) {
            if (features.get(j).contains("=")) {
                continue; // a one-hot share: how far it moved says nothing in the data's words
            }
            double most = 0;
            for (int c = 0; c < after.length; c++) {
                most = Math.max(most, Math.abs(after[c][j] - before[c][j]));
            }
            double range = j < spread.length && spread[j] > 0 ? spread[j] : 1;
            moves.add(new Move(j, amount(most, features.get(j)), most / range));
        }
        if (moves.stream().allMatch(mv -> mv.relative() < 1e-12)) {
            return Messages.tr("caption.update.none", step);
        }
        // The features that moved most for their spread, told in the order of the features.
        List<String> named = moves.stream().sorted(Comparator.comparingDouble(Move::relative).reversed())
                .limit(NAMED_MOVES).sorted(Comparator.comparingInt(Move::feature)).map(Move::text).toList();
        String list = named.size() == 1 ? named.get(0)
                : String.join(", ", named.subList(0, named.size() - 1)) + Messages.tr("caption.and") + named.get(named.size() - 1);
        int others = moves.size() - named.size();
        return Messages.tr("caption.update", step, list) + (others > 0 ? Messages.tr("caption.update.others", others) : "");
    }

    /** "2.1 k$ of income", "3.4 points of spending", "1.5 in age". */
    static String amount(double value, String column) {
        String word = FeatureWords.of(column);
        String number = value >= 10 || value == 0 ? Formats.number(value)
                : value >= 1 ? String.format(Locale.ROOT, "%.1f", value) : String.format(Locale.ROOT, "%.2g", value);
        Matcher unit = UNIT.matcher(column);
        if (unit.find()) {
            String u = unit.group(1).strip();
            if (RANGE.matcher(u).matches() || column.toLowerCase(Locale.ROOT).contains("score")) {
                return Messages.tr("caption.amount.points", number, word);
            }
            if (!u.isEmpty()) {
                return Messages.tr("caption.amount.unit", number, u, word);
            }
        }
        if (column.toLowerCase(Locale.ROOT).contains("score")) {
            return Messages.tr("caption.amount.points", number, word);
        }
        return Messages.tr("caption.amount.plain", number, word);
    }
}
