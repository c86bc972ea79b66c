package org.segmentstudio.ui.shell;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.segmentstudio.ui.Messages;

/** What the window shows when no customer data is open: the two ways to get some. */
public final class EmptyState extends VBox {

    public EmptyState(Runnable openCsv, Runnable loadSample) {
        this(openCsv, loadSample, null);
    }

    /** @param openAnalysis opens a saved analysis; null for no such button */
    public EmptyState(Runnable openCsv, Runnable loadSample, Runnable openAnalysis) {
        getStyleClass().add("empty-state");
        setAlignment(Pos.CENTER);
        Label title = new Label(Messages.tr("empty.title"));
        title.getStyleClass().add("empty-title");
        Label hint = new Label(Messages.tr("empty.hint"));
        hint.getStyleClass().add("empty-hint");
        hint.setWrapText(true);
        Button open = new Button(Messages.tr("empty.open"));
        open.getStyleClass().addAll("accent", "empty-open");
        open.setOnAction(e -> openCsv.run());
        Button sample = new Button(Messages.tr("empty.sample"));
        sample.getStyleClass().add("empty-sample");
        sample.setOnAction(e -> loadSample.run());
        HBox buttons = new HBox(open, sample);
        if (openAnalysis != null) {
            Button analysis = new Button(Messages.tr("empty.analysis"));
            analysis.getStyleClass().add("empty-analysis");
            analysis.setOnAction(e -> openAnalysis.run());
            buttons.getChildren().add(analysis);
        }
        buttons.getStyleClass().add("empty-buttons");
        buttons.setAlignment(Pos.CENTER);
        javafx.scene.image.Image icon = AppIcons.icon(64);
        if (icon != null) {
            getChildren().add(new javafx.scene.image.ImageView(icon));
        }
        getChildren().addAll(title, hint, buttons);
    }
}
