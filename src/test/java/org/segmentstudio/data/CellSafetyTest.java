package org.segmentstudio.data;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CellSafetyTest {

    @ParameterizedTest
    @ValueSource(strings = {"=1+2", "=HYPERLINK(\"http://evil.example\",\"Click\")", "+cmd|' /C calc'!A0",
            "-2+3", "@SUM(A1:A9)", "\tTabbed", "\rReturn", "-", "--5", "-1d", "+0x1p3", "=", "-Infinity"})
    void aCellThatCouldRunGetsOneLeadingQuote(String cell) {
        assertEquals("'" + cell, CellSafety.neutralise(cell));
    }

    @ParameterizedTest
    @ValueSource(strings = {"-12.5", "-3", "+7", "-0.25", "-1e5", "-.5", "12", "Zoë", "", "a=b", " =1", "'=1",
            "张伟", "007"})
    void numbersAndHarmlessTextStayAsTheyAre(String cell) {
        assertEquals(cell, CellSafety.neutralise(cell));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "12", "=x"})
    void isNeutralisedTellsWhetherWritingChangesTheCell(String cell) {
        assertEquals(cell.startsWith("="), CellSafety.isNeutralised(cell));
    }
}
