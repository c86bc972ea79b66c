package org.segmentstudio.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.segmentstudio.segments.FeatureMatrixBuilder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every file under src/test/resources/import: what a manager may have, and what we make of it. */
class ImportCorpusTest {

    static Path corpus(String file) {
        try {
            return Path.of(ImportCorpusTest.class.getResource("/import/" + file).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalStateException("corpus file missing: " + file, e);
        }
    }

    static Dataset read(String file) throws Exception {
        return new CsvImporter().read(corpus(file));
    }

    static List<String> texts(Column c) {
        return IntStream.range(0, c.size()).mapToObj(c::text).toList();
    }

    static Column col(Dataset d, String name) {
        return d.column(name).orElseThrow(() -> new AssertionError("no column " + name + " in " + d.columnNames()));
    }

    @ParameterizedTest(name = "{0}: {1} rows, {2} columns")
    @CsvSource(delimiter = '|', textBlock = """
            utf8_bom.csv                      | 3    | 4 | CustomerID,Name,Age,Income
            cjk_names.csv                     | 4    | 4 | 会员号,姓名,年龄,消费
            utf16le_unicode_text.txt          | 3    | 5 | CustomerID,Gender,Age,Annual Income (k$),Spending Score (1-100)
            utf16be_bom.csv                   | 2    | 3 | ID,Age,Score
            windows1252_accents.csv           | 3    | 4 | Kunde,Name,Stadt,Ausgaben
            semicolon_decimal_comma.csv       | 4    | 5 | Kunde,Geschlecht,Alter,Einkommen (k€),Punkte
            semicolon_thousands_dot.csv       | 3    | 3 | Client,Revenu,Score
            quoted_linebreaks.csv             | 3    | 4 | ID,Note,Age,Spend
            question_mark_missing.csv         | 5    | 5 | CustomerID,Gender,Age,Annual Income (k$),Spending Score (1-100)
            missing_markers.csv               | 11   | 2 | ID,Value
            ragged_rows.csv                   | 4    | 3 | ID,Age,Income
            typo_in_numbers.csv               | 20   | 4 | ID,Gender,Age,Income
            trailing_delimiters.csv           | 3    | 3 | ID,Age,Score
            header_trailing_delimiter_only.csv| 2    | 3 | ID,Age,Score
            trailing_blank_lines.csv          | 2    | 3 | ID,Age,Score
            no_header.csv                     | 3    | 5 | Column 1,Column 2,Column 3,Column 4,Column 5
            currency_thousands.csv            | 3    | 4 | ID,Income,Balance,Spend
            scientific.csv                    | 3    | 3 | ID,Mass,Rate
            negatives_decimals.csv            | 3    | 3 | ID,Delta,Share
            duplicate_headers.csv             | 2    | 4 | Age,Age (2),Score,Score (2)
            blank_header_names.csv            | 3    | 4 | ID,Column 2,Score,Column 4
            pipe_delimited.csv                | 3    | 4 | ID,Segment name,Age,Spend
            tab_separated.tsv                 | 2    | 3 | ID,Age,Spend
            crlf_line_ends.csv                | 3    | 3 | ID,Age,Spend
            identifier_and_codes.csv          | 4    | 3 | CustomerID,StoreCode,Age
            leading_zeros.csv                 | 2    | 3 | Member,Zip,Age
            spaces_around.csv                 | 2    | 3 | ID,Age,Spend
            late_windows1252.csv              | 8001 | 3 | ID,Name,Age
            excel_sep_line.csv                | 2    | 3 | ID,Name,Spend
            """)
    void aMessyFileIsTakenIn(String file, int rows, int columns, String names) throws Exception {
        Dataset d = read(file);
        assertEquals(rows, d.rowCount(), "rows");
        assertEquals(columns, d.columnCount(), "columns");
        assertEquals(List.of(names.split(",")), d.columnNames());
    }

    @ParameterizedTest(name = "{0} is refused")
    @CsvSource(delimiter = '|', textBlock = """
            empty.csv            | -1 | is empty
            blank_lines_only.csv | -1 | is empty
            header_only.csv      | -1 | has a header row but no customer rows
            binary.dat           | -1 | is not a text file
            workbook.xlsx        | -1 | is an Excel workbook
            only_categorical.csv | -1 | has no numeric column to cluster on (columns: Name, City)
            unclosed_quote.csv   | 3  | line 3: a quoted field starts here but its closing quote
            mostly_ragged.csv    | 2  | line 2: expected 3 fields as in the header but found 2
            """)
    void aFileThatCannotBeTakenIsRefusedInOneLine(String file, long line, String expected) {
        DataFormatException e = assertThrows(DataFormatException.class, () -> read(file));
        assertTrue(e.getMessage().contains(expected), e.getMessage());
        assertTrue(e.getMessage().startsWith("File " + file), e.getMessage());
        assertFalse(e.getMessage().contains("\n"), "one line");
        assertEquals(file, e.fileName());
        assertEquals(line, e.line());
    }

    @Test
    void accentsAndCjkSurviveEachEncoding() throws Exception {
        assertEquals(List.of("Renée", "Zoë", "Łukasz"), texts(col(read("utf8_bom.csv"), "Name")));
        assertEquals(List.of("王小明", "佐藤花子", "김민준", "李华"), texts(col(read("cjk_names.csv"), "姓名")));
        Dataset cp = read("windows1252_accents.csv");
        assertEquals(List.of("Müller", "José", "Françoise"), texts(col(cp, "Name")));
        assertEquals("windows-1252", cp.report().encoding());
        assertEquals(List.of("Zürich", "Málaga", "Orléans"), texts(col(cp, "Stadt")));
        assertEquals(7.25, col(cp, "Ausgaben").value(1));
        Dataset utf16 = read("utf16le_unicode_text.txt");
        assertEquals('\t', utf16.report().delimiter());
        assertEquals(List.of("Male", "Female", "Female"), texts(col(utf16, "Gender")));
        assertEquals(81, col(utf16, "Spending Score (1-100)").value(1));
        assertEquals(40, col(read("utf16be_bom.csv"), "Age").value(1));
    }

    @Test
    void aFileThatTurnsOutNotToBeUtf8PastTheSampleIsReadAsWindows1252() throws Exception {
        Dataset d = read("late_windows1252.csv");
        assertEquals("Café", col(d, "Name").text(8000));
        assertEquals("windows-1252", d.report().encoding());
    }

    @Test
    void semicolonsMeanDecimalCommasAndTheTextStaysAsWritten() throws Exception {
        Dataset d = read("semicolon_decimal_comma.csv");
        assertTrue(d.report().decimalComma());
        assertEquals(';', d.report().delimiter());
        Column income = col(d, "Einkommen (k€)");
        assertEquals(ColumnKind.NUMERIC, income.kind());
        assertEquals(List.of(15.5, 15.75, 16.0, 16.25), IntStream.range(0, 4).mapToObj(income::value).toList());
        assertEquals(List.of("15,5", "15,75", "16", "16,25"), texts(income));
        assertEquals(ColumnKind.CATEGORICAL, col(d, "Geschlecht").kind());
        Column revenue = col(read("semicolon_thousands_dot.csv"), "Revenu");
        assertEquals(1234.5, revenue.value(0));
        assertEquals(12000, revenue.value(1));
        assertEquals(999.9, revenue.value(2), 1e-9);
        assertEquals("1.234,50", revenue.text(0));
    }

    @Test
    void quotedDelimitersQuotesAndLineBreaksStayInTheCellAndRaggedLinesCountThem() throws Exception {
        Dataset d = read("quoted_linebreaks.csv");
        Column note = col(d, "Note");
        assertEquals("Prefers \"gold\" card, visits weekly", note.text(0));
        assertEquals("Moved house\nnew address on file\nlast spring", note.text(1));
        assertEquals("Line one\r\nline two", note.text(2));
        assertEquals(List.of(34.0, 45.0, 52.0), IntStream.range(0, 3).mapToObj(col(d, "Age")::value).toList());
        // "3,short note,29" is on line 6 of the file: record 2 spans lines 3 to 5.
        assertEquals(List.of(new ImportReport.LeftOutRow(6, 3, 4)), d.report().leftOut());
    }

    @Test
    void aTypoAmongNumbersKeepsTheColumnAsTextAndIsFoundWithItsLine() throws Exception {
        Dataset d = read("typo_in_numbers.csv");
        assertFalse(col(d, "Income").isNumeric(), "kept as it stands, not silently made a number");
        assertEquals("2O", col(d, "Income").text(11));
        assertEquals(List.of(new StrayText("Income", 11, "2O", 1)), StrayText.in(d));
        assertEquals(15, d.report().lineOf(StrayText.in(d).get(0).firstRow()), "rows left out above it counted back in");
        assertTrue(StrayText.in(col(d, "Gender")).isEmpty(), "a column of words is not numbers with typos");
        assertTrue(StrayText.in(col(d, "Age")).isEmpty());
        assertFalse(FeatureMatrixBuilder.isUsable(col(d, "Income")),
                "not offered as categories either: its eleven values would be one-hot encoded as if they were words");
        assertTrue(FeatureMatrixBuilder.isUsable(col(d, "Gender")));
    }

    @Test
    void raggedRowsAreLeftOutAndReportedByLine() throws Exception {
        Dataset d = read("ragged_rows.csv");
        assertEquals(2, d.report().rowsLeftOut());
        assertEquals(List.of(new ImportReport.LeftOutRow(3, 2, 3), new ImportReport.LeftOutRow(5, 4, 3)),
                d.report().leftOut());
        assertEquals(List.of("1", "3", "5", "6"), texts(col(d, "ID")));
        assertTrue(d.report().summary().contains("lines 3, 5"), d.report().summary());
    }

    @Test
    void everyMissingMarkerIsMissingAndKeepsItsText() throws Exception {
        Dataset d = read("missing_markers.csv");
        Column v = col(d, "Value");
        assertEquals(ColumnKind.NUMERIC, v.kind());
        for (int r = 0; r < 9; r++) {
            assertTrue(v.isMissing(r), "row " + r + " '" + v.text(r) + "'");
        }
        assertEquals(List.of("NA", "N/A", "#N/A", "null", "NaN", "?", "-", "   ", "", "42", "43.5"), texts(v));
        assertEquals(43.5, v.value(10));
    }

    @Test
    void questionMarksAreMissingInNumbersAndInCategories() throws Exception {
        Dataset d = read("question_mark_missing.csv");
        assertEquals(ColumnKind.NUMERIC, col(d, "Age").kind());
        assertTrue(col(d, "Age").isMissing(1));
        Column gender = col(d, "Gender");
        assertEquals(ColumnKind.CATEGORICAL, gender.kind());
        assertEquals(List.of("Male", "Female"), gender.categories());
        assertTrue(gender.isMissing(3));
        assertEquals(-1, gender.category(3));
        assertEquals("?", gender.text(3));
    }

    @Test
    void currencyThousandsScientificAndSignsAreNumbers() throws Exception {
        Dataset d = read("currency_thousands.csv");
        assertEquals(List.of(15000.0, 120000.0, 9999.99), values(col(d, "Income")));
        assertEquals(List.of(-1200.5, 300.0, -50.0), values(col(d, "Balance")));
        assertEquals(List.of(30.0, 45.0, 0.0), values(col(d, "Spend")));
        assertEquals(List.of("$15,000", "$120,000", "$9,999.99"), texts(col(d, "Income")));
        Dataset s = read("scientific.csv");
        assertEquals(List.of(1500.0, 30000.0, 7.0), values(col(s, "Mass")));
        assertEquals(List.of(-0.02, 1e-5, 0.5), values(col(s, "Rate")));
        assertEquals(List.of("1.5e3", "3.0E+4", "7"), texts(col(s, "Mass")));
        Dataset n = read("negatives_decimals.csv");
        assertEquals(List.of(-1.5, 2.0, -0.0), values(col(n, "Delta")));
        assertEquals(List.of("-1.5", "+2", "-0"), texts(col(n, "Delta")));
        assertEquals(List.of(".5", "0.25", "1."), texts(col(n, "Share")));
    }

    @Test
    void identifiersAreUniqueWholeNumbersAndNotFeatures() throws Exception {
        Dataset d = read("identifier_and_codes.csv");
        assertEquals(ColumnKind.IDENTIFIER, col(d, "CustomerID").kind());
        assertEquals(ColumnKind.NUMERIC, col(d, "StoreCode").kind());
        assertEquals(List.of("StoreCode", "Age"), d.featureCandidates().stream().map(Column::name).toList());
    }

    @Test
    void leadingZerosAndSurroundingSpacesAreKeptExactly() throws Exception {
        Dataset z = read("leading_zeros.csv");
        assertEquals(List.of("007", "008"), texts(col(z, "Member")));
        assertEquals(7, col(z, "Member").value(0));
        assertEquals(List.of("01234", "02134"), texts(col(z, "Zip")));
        Dataset s = read("spaces_around.csv");
        assertEquals(List.of(" 34 ", "45 "), texts(col(s, "Age")));
        assertEquals(34, col(s, "Age").value(0));
        assertEquals(ColumnKind.NUMERIC, col(s, "Spend").kind());
    }

    @Test
    void trailingDelimitersAddNoColumnAndBlankLinesNoRow() throws Exception {
        Dataset d = read("trailing_delimiters.csv");
        assertEquals(0, d.report().rowsLeftOut());
        assertEquals(List.of("50", "60", "70"), texts(col(d, "Score")));
        assertEquals(0, read("header_trailing_delimiter_only.csv").report().rowsLeftOut());
        assertEquals(0, read("trailing_blank_lines.csv").report().rowsLeftOut());
    }

    @Test
    void aFileWithoutHeaderGetsNumberedColumns() throws Exception {
        Dataset d = read("no_header.csv");
        assertFalse(d.report().headerRow());
        assertEquals(List.of("1", "2", "3"), texts(col(d, "Column 1")));
        assertEquals(ColumnKind.CATEGORICAL, col(d, "Column 2").kind());
    }

    @Test
    void blankAndRepeatedHeaderNamesAreMadeDistinct() throws Exception {
        Dataset d = read("blank_header_names.csv");
        assertEquals(List.of("5", "6", "7"), texts(col(d, "Column 2")));
        assertEquals(List.of("x", "y", "x"), texts(col(d, "Column 4")));
        Dataset dup = read("duplicate_headers.csv");
        assertEquals(List.of("21", "31"), texts(col(dup, "Age (2)")));
    }

    @Test
    void pipeAndTabAreFound() throws Exception {
        Dataset p = read("pipe_delimited.csv");
        assertEquals('|', p.report().delimiter());
        assertEquals("Young, urban", col(p, "Segment name").text(0));
        assertEquals('\t', read("tab_separated.tsv").report().delimiter());
    }

    @Test
    void excelsSepLineNamesTheDelimiterAndIsNoRow() throws Exception {
        Dataset d = read("excel_sep_line.csv");
        assertEquals(';', d.report().delimiter());
        assertEquals(List.of(12.5, 7.0), values(col(d, "Spend")));
    }

    private static List<Double> values(Column c) {
        return IntStream.range(0, c.size()).mapToObj(c::value).toList();
    }
}
