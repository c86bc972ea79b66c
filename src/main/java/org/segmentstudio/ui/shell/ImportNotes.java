package org.segmentstudio.ui.shell;

import java.util.List;
import java.util.stream.Collectors;
import org.segmentstudio.data.Dataset;
import org.segmentstudio.data.ImportReport;
import org.segmentstudio.segments.FeatureMatrix;
import org.segmentstudio.segments.FeatureMatrixBuilder;
import org.segmentstudio.segments.MissingPolicy;
import org.segmentstudio.ui.Messages;

/** The status bar's words for what an import or a run left out, and why. */
final class ImportNotes {
    private ImportNotes() {
    }

    /** Rows the import left out, with their lines and how the file was read in the tooltip. */
    static void show(StatusBar status, ImportReport report) {
        if (report == null || report.rowsLeftOut() == 0) {
            status.setImportNote("", null);
            return;
        }
        String lines = report.leftOut().stream().map(r -> Long.toString(r.line())).collect(Collectors.joining(", "))
                + (report.rowsLeftOut() > report.leftOut().size() ? ", …" : "");
        String details = Messages.tr("import.leftOut.details", lines, report.leftOut().get(0).expected())
                + "\n" + howRead(report);
        status.setImportNote(Messages.tr("import.leftOut", report.rowsLeftOut()), details);
    }

    static String howRead(ImportReport report) {
        String delimiter = Messages.tr("import.delimiter." + switch (report.delimiter()) {
            case ';' -> "semicolon";
            case '\t' -> "tab";
            case '|' -> "pipe";
            default -> "comma";
        });
        return Messages.tr("import.howRead", report.encoding(), delimiter,
                Messages.tr(report.decimalComma() ? "import.decimalComma" : "import.decimalPoint"));
    }

    /** Why rows were left out of the run, or how their gaps were filled; "" when there were none. */
    static String gaps(Dataset data, List<String> features, FeatureMatrix fm, MissingPolicy policy) {
        List<String> withGaps = FeatureMatrixBuilder.featuresWithGaps(data, features);
        if (withGaps.isEmpty()) {
            return "";
        }
        String names = String.join(", ", withGaps);
        return policy == MissingPolicy.DROP
                ? Messages.tr("status.leftOutMissing", fm.rowsSkipped(), names)
                : Messages.tr("status.filled." + policy.name(), names);
    }
}
