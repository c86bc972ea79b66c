package org.segmentstudio.ui.purchases;

import java.time.format.DateTimeFormatter;
import java.util.Locale;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.segmentstudio.data.purchases.BuildReport;
import org.segmentstudio.data.purchases.PurchaseHint;
import org.segmentstudio.segments.Formats;
import org.segmentstudio.ui.Messages;

/**
 * The line above the table that says the rows open are purchases — "541,909 purchase lines of
 * 4,372 customers, 1 Dec 2010 – 9 Dec 2011" — with the button that builds one row per customer.
 * Hidden for customer tables.
 */
public final class PurchaseBanner extends HBox {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private final Label text = new Label();

    public PurchaseBanner(Runnable build) {
        getStyleClass().add("purchase-banner");
        text.setWrapText(true);
        text.getStyleClass().add("purchase-hint");
        HBox.setHgrow(text, Priority.ALWAYS);
        text.setMaxWidth(Double.MAX_VALUE);
        Button button = new Button(Messages.tr("purchases.build"));
        button.getStyleClass().addAll("build-customers", "accent");
        button.setOnAction(e -> build.run());
        button.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        getChildren().addAll(text, button);
        setAlignment(Pos.CENTER_LEFT);
        setSpacing(12);
        show(null);
    }

    /** Shows what the hint says, or hides the banner for none. */
    public void show(PurchaseHint hint) {
        boolean on = hint != null;
        setVisible(on);
        setManaged(on);
        if (on) {
            String span = hint.first() == null ? "" : Messages.tr("purchases.hint.span", DAY.format(hint.first()),
                    DAY.format(hint.last()));
            text.setText(Messages.tr("purchases.hint", Formats.count(hint.lines()), Formats.count(hint.customers()), span));
        }
    }

    public String text() {
        return isVisible() ? text.getText() : "";
    }

    /** The status bar's short words for customers built from purchases: what was used and what left out. */
    public static String builtNote(BuildReport r) {
        long left = r.purchaseLines() - r.linesUsed();
        return Messages.tr("purchases.built", Formats.count(r.purchaseLines()), Formats.count(r.customers()),
                Formats.count(r.linesUsed()), Formats.count(left));
    }

    /** The note's tooltip: each reason for leaving lines out, with the first line numbers, and the as-of date. */
    public static String builtDetails(BuildReport r) {
        StringBuilder sb = new StringBuilder(Messages.tr("purchases.built.asOf", DAY.format(r.asOf()),
                DAY.format(r.first()), DAY.format(r.last())));
        for (String reason : r.leftOutText().split("; ")) {
            if (!reason.isEmpty()) {
                sb.append('\n').append(Messages.tr("purchases.built.reason", reason));
            }
        }
        return sb.toString();
    }
}
