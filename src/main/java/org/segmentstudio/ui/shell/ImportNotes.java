package org.segmentstudio.ui.shell;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.segmentstudio.data.Dataset;
import org.segmentstudio.data.ImportReport;
import org.segmentstudio.data.StrayText;
import org.segmentstudio.segments.FeatureMatrix;
import org.segmentstudio.segments.MissingPolicy;
import org.segmentstudio.ui.Messages;

/** The status bar's words for what an import or a run left out or could not read, and why. */
final class ImportNotes {
    private ImportNotes() {
    }

    /**
     * What the import left out or could not read as numbers: rows with the wrong number of fields,
     * and columns of numbers with a few cells of text (a typo keeps a whole column from being a
     * numeric feature, which the user would otherwise only notice as a column missing from the
     * list). The lines are in the tooltip, with how the file was read.
     */
    static void show(StatusBar status, Dataset data) {
        ImportReport report = data == null ? null : data.report();
        List<StrayText> stray = data == null ? List.of() : StrayText.in(data);
        boolean leftOut = report != null && report.rowsLeftOut() > 0;
        if (!leftOut && stray.isEmpty()) {
            status.setImportNote("", null);
            return;
        }
        List<String> notes = new ArrayList<>();
        List<String> details = new ArrayList<>();
        if (leftOut) {
            String lines = report.leftOut().stream().map(r -> Long.toString(r.line())).collect(Collectors.joining(", "))
                    + (report.rowsLeftOut() > report.leftOut().size() ? ", …" : "");
            notes.add(Messages.tr("import.leftOut", report.rowsLeftOut()));
            details.add(Messages.tr("import.leftOut.details", lines, report.leftOut().get(0).expected()));
        }
        if (!stray.isEmpty()) {
            notes.add(stray.size() == 1 ? Messages.tr("import.strayText", stray.get(0).column())
                    : Messages.tr("import.strayText.many", stray.size()));
            for (StrayText t : stray) {
                details.add(Messages.tr("import.strayText.details", t.column(), report.lineOf(t.firstRow()), t.firstText(),
                        t.cells() == 1 ? "" : Messages.tr("import.strayText.others", t.cells() - 1)));
            }
        }
        details.add(howRead(report));
        status.setImportNote(Messages.tr("import.warning", String.join(" · ", notes)), String.join("\n", details));
    }

    static String howRead(ImportReport report) {
        if (org.segmentstudio.data.XlsxImporter.KIND.equals(report.encoding())) {
            return Messages.tr("import.howRead.workbook"); // no encoding, separator or decimal mark to tell
        }
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
    static String gaps(List<String> withGaps, FeatureMatrix fm, MissingPolicy policy) {
        if (withGaps.isEmpty()) {
            return "";
        }
        String names = String.join(", ", withGaps);
        return policy == MissingPolicy.DROP
                ? Messages.tr("status.leftOutMissing", fm.rowsSkipped(), names)
                : Messages.tr("status.filled." + policy.name(), names);
    }
}
