package org.segmentstudio.ui.profiles;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import org.segmentstudio.segments.SegmentAnalysis;
import org.segmentstudio.segments.ValueMeasure;

/**
 * The state behind the segment cards: the analysis of the current result, ranked by the measure
 * the user chose, and the segment names as the user edited them. Others read the names (exports,
 * the report) through {@link #segmentNamesProperty()}.
 */
public final class ProfilesViewModel {
    private final ReadOnlyObjectWrapper<SegmentAnalysis> analysis = new ReadOnlyObjectWrapper<>(this, "analysis");
    private final ReadOnlyObjectWrapper<List<String>> names = new ReadOnlyObjectWrapper<>(this, "segmentNames",
            List.of());
    private final ObjectProperty<ValueMeasure> measure = new SimpleObjectProperty<>(this, "measure");
    private boolean showing;
    /** Per segment, how well it came back in refits (0 to 1) and its borderline customers; null before measured. */
    private final ObjectProperty<Firmness> firmness = new SimpleObjectProperty<>(this, "firmness");

    /** How firm each segment is, as the cards say it. */
    public record Firmness(double[] match, int[] borderline, int refits) {
    }

    public ObjectProperty<Firmness> firmnessProperty() {
        return firmness;
    }

    public ProfilesViewModel() {
        measure.addListener((o, was, now) -> {
            if (!showing && now != null && analysis.get() != null && !now.equals(analysis.get().ranking().measure())) {
                analysis.set(analysis.get().rankedBy(now));
            }
        });
    }

    /** Shows a new result; names start from the profiles, and the user's measure is kept when it still applies. */
    public void show(SegmentAnalysis a) {
        ValueMeasure chosen = measure.get();
        SegmentAnalysis ranked = chosen != null && !chosen.equals(a.ranking().measure())
                && ValueMeasure.choices(a.profiles()).contains(chosen) ? a.rankedBy(chosen) : a;
        showing = true;
        try {
            names.set(ranked.initialNames());
            analysis.set(ranked);
            measure.set(ranked.ranking().measure());
        } finally {
            showing = false;
        }
    }

    public void clear() {
        names.set(List.of());
        analysis.set(null);
    }

    /**
     * New data: the measure the user ranked by goes back to the default (it was kept from one run to
     * the next on the same data, and followed the user to other files, where "size" stayed chosen).
     */
    public void forgetMeasure() {
        showing = true;
        try {
            measure.set(null);
        } finally {
            showing = false;
        }
    }

    /**
     * Renames a segment; a blank name goes back to the one built from the profile.
     *
     * @return the name the segment has now
     */
    public String rename(int segment, String name) {
        SegmentAnalysis a = analysis.get();
        if (a == null || segment < 0 || segment >= names.get().size()) {
            return name == null ? "" : name;
        }
        String clean = name == null || name.isBlank() ? a.names().get(segment).initial() : name.strip();
        if (!clean.equals(names.get().get(segment))) {
            List<String> next = new ArrayList<>(names.get());
            next.set(segment, clean);
            names.set(List.copyOf(next));
        }
        return clean;
    }

    /** The analysis shown, or null before a run. */
    public ReadOnlyObjectProperty<SegmentAnalysis> analysisProperty() {
        return analysis.getReadOnlyProperty();
    }

    /** One name per 0-based segment, as the user sees and edited them; empty before a run. */
    public ReadOnlyObjectProperty<List<String>> segmentNamesProperty() {
        return names.getReadOnlyProperty();
    }

    /** The value measure the ranking uses; set it to rank by another. */
    public ObjectProperty<ValueMeasure> measureProperty() {
        return measure;
    }
}
