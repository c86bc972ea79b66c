package org.segmentstudio.ui.profiles;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import javafx.collections.FXCollections;
import javafx.geometry.Pos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.segmentstudio.segments.CategoryMix;
import org.segmentstudio.segments.CategoryShare;
import org.segmentstudio.segments.FeatureStat;
import org.segmentstudio.segments.Formats;
import org.segmentstudio.segments.SegmentAnalysis;
import org.segmentstudio.segments.SegmentProfile;
import org.segmentstudio.segments.Strategy;
import org.segmentstudio.ui.Messages;
import org.segmentstudio.ui.scatter.Palette;

/** One segment at a glance: its name, size, how it differs from everyone, its mix, and what to do. */
final class SegmentCard extends VBox {
    /** Values of a categorical column beyond this many are summed up as "other". */
    private static final int MIX_VALUES = 3;

    private final ComboBox<String> name = new ComboBox<>();

    /**
     * @param onRename called with the segment and the name the user typed or picked; returns the name kept
     */
    /** A segment that comes back at least this well (mean best Jaccard match) in refits is called firm. */
    static final double FIRM = 0.8;

    SegmentCard(SegmentAnalysis a, int segment, String currentName, BiFunction<Integer, String, String> onRename) {
        this(a, segment, currentName, onRename, null);
    }

    SegmentCard(SegmentAnalysis a, int segment, String currentName, BiFunction<Integer, String, String> onRename,
                ProfilesViewModel.Firmness firmness) {
        SegmentProfile p = a.profiles().get(segment);
        boolean target = a.ranking().isTarget(segment);
        getStyleClass().add("segment-card");
        name.setTooltip(new javafx.scene.control.Tooltip(currentName));
        name.valueProperty().addListener((o, was, now) -> name.getTooltip().setText(now));
        if (target) {
            getStyleClass().add("target");
        }
        getChildren().add(header(a, segment, currentName, onRename));
        if (target) {
            Label star = new Label(Messages.tr("profiles.startHere"));
            star.getStyleClass().add("start-here");
            getChildren().add(star);
        }
        if (a.winBack() == segment) {
            Label back = new Label(Messages.tr("profiles.winBack"));
            back.getStyleClass().add("win-back");
            Label why = new Label(org.segmentstudio.segments.RfmGroup.winBackReason(p));
            why.getStyleClass().add("persona");
            why.setWrapText(true);
            getChildren().addAll(back, why);
        }
        a.names().get(segment).persona().ifPresent(persona -> {
            Label l = new Label(Messages.tr("profiles.persona", persona.title(), persona.meaning()));
            l.getStyleClass().add("persona");
            l.setWrapText(true);
            getChildren().add(l);
        });
        Label size = new Label(Messages.tr("profiles.size", p.size(), Formats.percent(p.share()),
                a.ranking().rankOf(segment), a.k()));
        size.getStyleClass().add("segment-size");
        getChildren().add(size);
        if (org.segmentstudio.segments.SegmentNamer.isFew(p)) {
            Label few = new Label(Messages.tr("profiles.few", p.size()));
            few.getStyleClass().add("few-customers");
            few.setWrapText(true);
            getChildren().add(few);
        }
        if (firmness != null && segment < firmness.match().length) {
            double match = firmness.match()[segment];
            Label firm = new Label(Messages.tr(match >= FIRM ? "profiles.firm" : "profiles.loose",
                    Formats.wholePercent(match).replace(' ', '\u00a0'), firmness.refits(),
                    // kept on one line: "· none / borderline" wrapped between its words
                    borderline(firmness.borderline()[segment], p.size()).replace(' ', '\u00a0')));
            firm.getStyleClass().addAll("firmness", match >= FIRM ? "firm" : "loose");
            firm.setWrapText(true);
            getChildren().add(firm);
        }
        getChildren().add(measures(p));
        for (CategoryMix m : p.mixes()) {
            getChildren().add(mix(m));
        }
        getChildren().add(strategies(a.strategies().get(segment)));
    }

    /** "120 of 2,614 borderline", or "all 2,614 borderline", "none borderline" ("2,614 of 2,614" read oddly). */
    static String borderline(int borderline, int size) {
        if (borderline == 0) {
            return Messages.tr("profiles.borderline.none");
        }
        if (borderline >= size) {
            return Messages.tr(size == 1 ? "profiles.borderline.one" : "profiles.borderline.all", Formats.count(size));
        }
        return Messages.tr("profiles.borderline.some", Formats.count(borderline), Formats.count(size));
    }

    private HBox header(SegmentAnalysis a, int segment, String currentName,
                        BiFunction<Integer, String, String> onRename) {
        // The segment's colour and marker, as on the scatter, so a card and its dots are found together.
        Canvas swatch = new Canvas(16, 16);
        swatch.getStyleClass().add("swatch");
        GraphicsContext g = swatch.getGraphicsContext2D();
        g.setFill(Palette.of(segment));
        Palette.marker(segment).fill(g, 8, 8, 6.5);
        name.getStyleClass().add("segment-name");
        name.setEditable(true);
        name.setItems(FXCollections.observableArrayList(a.names().get(segment).choices()));
        name.setValue(currentName);
        name.setMaxWidth(Double.MAX_VALUE);
        name.valueProperty().addListener((o, was, now) -> {
            String kept = onRename.apply(segment, now);
            if (!kept.equals(now)) {
                name.setValue(kept);
            }
        });
        // Enter keeps the typed name and stops there: it reached the window's default button (Run),
        // which started a new run and lost the name.
        name.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ENTER) {
                name.setValue(name.getEditor().getText());
                e.consume();
            }
        });
        HBox.setHgrow(name, Priority.ALWAYS);
        HBox box = new HBox(swatch, name);
        box.setAlignment(Pos.CENTER_LEFT);
        box.getStyleClass().add("card-header");
        return box;
    }

    private static GridPane measures(SegmentProfile p) {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("measures");
        int row = 0;
        for (FeatureStat s : p.stats()) {
            FeatureRow.addTo(grid, row++, s);
        }
        return grid;
    }

    private static Label mix(CategoryMix m) {
        List<String> parts = new ArrayList<>();
        for (CategoryShare s : m.shown(MIX_VALUES)) {
            parts.add(Messages.tr("profiles.mix.part", Formats.wholePercent(s.share()), s.label()));
        }
        if (m.otherShare(MIX_VALUES) > 0) {
            parts.add(Messages.tr("profiles.mix.other", Formats.wholePercent(m.otherShare(MIX_VALUES))));
        }
        Label l = new Label(Messages.tr("profiles.mix", m.column(), String.join(" \u00b7 ", parts)));
        l.getStyleClass().add("mix");
        l.setWrapText(true);
        return l;
    }

    private static VBox strategies(List<Strategy> list) {
        Label title = new Label(Messages.tr("profiles.whatToDo"));
        title.getStyleClass().add("card-section");
        VBox box = new VBox(title);
        box.getStyleClass().add("strategies");
        for (Strategy s : list) {
            Label item = new Label("\u2022  " + s.action());
            item.setWrapText(true);
            item.getStyleClass().add("strategy");
            box.getChildren().add(item);
        }
        return box;
    }

    /** The narrowest a card is (the sample's two features fit), and the widest. */
    static final double MIN_WIDTH = 322;
    static final double MAX_WIDTH = 620;
    /** A name widens a card up to this, so that two cards still fit side by side at 1280 × 800. */
    static final double NAME_WIDTH = 480;

    /**
     * The width at which every row of every card shows whole — the feature's word, its bar, its
     * index and its mean against everyone's — and the names fit, within {@link #MIN_WIDTH} and
     * {@link #MAX_WIDTH}: six spend columns and "detergents paper" need more room than income and
     * spending. One width for all cards keeps them in a calm grid.
     */
    static double widthFor(SegmentAnalysis a, List<String> names) {
        javafx.scene.text.Font regular = javafx.scene.text.Font.font(13);
        javafx.scene.text.Font small = javafx.scene.text.Font.font(12);
        javafx.scene.text.Font bold = javafx.scene.text.Font.font(null, javafx.scene.text.FontWeight.BOLD, 13);
        double word = 54;
        double index = 48;
        double value = 0;
        for (SegmentProfile p : a.profiles()) {
            for (FeatureStat s : p.stats()) {
                word = Math.max(word, textWidth(s.word(), regular));
                index = Math.max(index, textWidth(s.indexText(), bold));
                value = Math.max(value, textWidth(Messages.tr("profiles.mean", Formats.number(s.mean()),
                        Formats.number(s.populationMean())), small));
            }
        }
        double name = 0;
        for (String n : names) {
            name = Math.max(name, textWidth(n, bold));
        }
        // Padding 12 + 12, three gaps of 8, a border; the name sits beside a swatch in an editable box.
        double rows = 24 + 3 * 8 + 4 + word + FeatureRow.BAR_WIDTH + index + value;
        double header = 24 + 4 + 16 + 8 + name + 48;
        // A long name may widen a card up to two-a-row at 1280 × 800; beyond that it ends in "…" and
        // its tooltip holds it whole (the rows never are cut).
        return Math.ceil(Math.max(MIN_WIDTH, Math.min(MAX_WIDTH, Math.max(rows, Math.min(header, NAME_WIDTH)))));
    }

    private static double textWidth(String text, javafx.scene.text.Font font) {
        javafx.scene.text.Text t = new javafx.scene.text.Text(text);
        t.setFont(font);
        return t.getLayoutBounds().getWidth();
    }

    /** The name as shown in the card's editor. */
    String shownName() {
        return name.getValue();
    }
}
