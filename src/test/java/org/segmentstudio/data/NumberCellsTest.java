package org.segmentstudio.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NumberCellsTest {

    @ParameterizedTest(name = "''{0}'' is {1}")
    @CsvSource(delimiter = '|', textBlock = """
            42            | 42
            -7            | -7
            +3            | 3
            15.5          | 15.5
            .25           | 0.25
            1.5e3         | 1500
            -2E-2         | -0.02
            $15,000       | 15000
            1,234,567.89  | 1234567.89
            -$1,200.50    | -1200.5
            ($50)         | -50
            €30           | 30
            30 €          | 30
            ' 12 '        | 12
            12345678901234567890 | 12345678901234567890
            """)
    void numbersAsPeopleWriteThem(String cell, double expected) {
        assertEquals(expected, NumberCells.parse(cell), Math.abs(expected) * 1e-15);
    }

    @ParameterizedTest(name = "''{0}'' with a decimal comma is {1}")
    @CsvSource(delimiter = '|', textBlock = """
            15,5        | 15.5
            -0,25       | -0.25
            1.234,50    | 1234.5
            1 234,5     | 1234.5
            12.000      | 12000
            1,5e3       | 1500
            2.5         | 2.5
            """)
    void numbersWithADecimalComma(String cell, double expected) {
        assertEquals(expected, NumberCells.parse(cell, true), 1e-12);
    }

    @ParameterizedTest(name = "''{0}'' is not a number")
    @ValueSource(strings = {"", "NA", "?", "-", "Male", "1,5", "12,34,5", "Infinity", "NaN", "0x10", "1d", "1f",
            "1.2.3", "$", "--5", "1e", "e5"})
    void notNumbers(String cell) {
        assertTrue(Double.isNaN(NumberCells.parse(cell)), cell);
    }
}
