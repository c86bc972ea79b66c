package org.segmentstudio.data.purchases;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.Optional;

/**
 * Reads the day of a purchase from its cell, fast, in one of the {@link DateOrder}s or with a
 * pattern the user gave ({@code --date-format}); the time of day, when there is one, is ignored.
 * Returns the epoch day, or {@link #UNREADABLE}.
 */
public final class PurchaseDates {
    public static final long UNREADABLE = Long.MIN_VALUE;

    private final DateOrder order;
    private final DateTimeFormatter pattern;

    private PurchaseDates(DateOrder order, DateTimeFormatter pattern) {
        this.order = order;
        this.pattern = pattern;
    }

    public static PurchaseDates of(DateOrder order) {
        return new PurchaseDates(order, null);
    }

    /** @throws IllegalArgumentException when the pattern is not one {@link DateTimeFormatter} takes */
    public static PurchaseDates ofPattern(String pattern) {
        return new PurchaseDates(null, DateTimeFormatter.ofPattern(pattern));
    }

    public Optional<DateOrder> order() {
        return Optional.ofNullable(order);
    }

    /** The cell's epoch day, or {@link #UNREADABLE}. */
    public long day(String cell) {
        if (cell == null) {
            return UNREADABLE;
        }
        String s = cell.strip();
        if (pattern != null) {
            try {
                TemporalAccessor t = pattern.parse(s);
                return LocalDate.from(t).toEpochDay();
            } catch (DateTimeException e) {
                return UNREADABLE;
            }
        }
        int[] f = fields(s);
        if (f == null) {
            return UNREADABLE;
        }
        return switch (order) {
            case ISO -> f[3] == 0 && f[0] >= 1000 ? epochDay(f[0], f[1], f[2]) : UNREADABLE;
            case COMPACT -> f[3] == 1 && f[0] >= 1000_01_01 && f[0] <= 9999_12_31
                    ? epochDay(f[0] / 10000, f[0] / 100 % 100, f[0] % 100) : UNREADABLE;
            case MONTH_FIRST -> f[3] == 0 && f[2] >= 0 ? epochDay(year(f[2]), f[0], f[1]) : UNREADABLE;
            case DAY_FIRST -> f[3] == 0 && f[2] >= 0 ? epochDay(year(f[2]), f[1], f[0]) : UNREADABLE;
        };
    }

    /**
     * The first three numbers of a date cell and its shape: {a, b, c, 0} for "a-b-c…" or "a/b/c…" or
     * "a.b.c…", {n, 0, 0, 1} for a lone run of 8 digits ("20101201"); null for anything else. What
     * follows the date after a space or a T (the time) is not read.
     */
    static int[] fields(String s) {
        int n = s.length();
        int end = n;
        for (int i = 0; i < n; i++) {
            char ch = s.charAt(i);
            if (ch == ' ' || (ch == 'T' && i >= 8)) {
                end = i;
                break;
            }
        }
        if (end == 8 && allDigits(s, 0, 8)) {
            return new int[] {Integer.parseInt(s, 0, 8, 10), 0, 0, 1};
        }
        int[] out = new int[4];
        int field = 0;
        int value = 0;
        int digits = 0;
        char sep = 0;
        for (int i = 0; i < end; i++) {
            char ch = s.charAt(i);
            if (ch >= '0' && ch <= '9') {
                if (++digits > 4) {
                    return null;
                }
                value = value * 10 + (ch - '0');
            } else if ((ch == '-' || ch == '/' || ch == '.') && digits > 0 && field < 2 && (sep == 0 || sep == ch)) {
                sep = ch;
                out[field++] = value;
                value = 0;
                digits = 0;
            } else {
                return null;
            }
        }
        if (field != 2 || digits == 0) {
            return null;
        }
        out[2] = value;
        if (sep == '-' && out[0] < 1000) {
            return null; // 01-12-2010 is not ISO; read it as day or month first only with slashes or dots
        }
        return out;
    }

    private static boolean allDigits(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            char ch = s.charAt(i);
            if (ch < '0' || ch > '9') {
                return false;
            }
        }
        return true;
    }

    private static int year(int y) {
        return y < 100 ? 2000 + y : y;
    }

    private static long epochDay(int y, int m, int d) {
        if (m < 1 || m > 12 || d < 1 || d > 31 || y < 1000 || y > 9999) {
            return UNREADABLE;
        }
        try {
            return LocalDate.of(y, m, d).toEpochDay();
        } catch (DateTimeException e) {
            return UNREADABLE; // 31 February
        }
    }

    /** What a column's cells say about how it writes dates. */
    public static final class Evidence {
        private int iso;
        private int compact;
        private int slashed;
        private boolean firstAbove12;
        private boolean secondAbove12;
        private int other;

        public void add(String cell) {
            if (cell == null || cell.isBlank()) {
                return;
            }
            int[] f = fields(cell.strip());
            if (f == null) {
                other++;
            } else if (f[3] == 1) {
                compact++;
            } else if (f[0] >= 1000) {
                iso++;
            } else {
                slashed++;
                firstAbove12 |= f[0] > 12;
                secondAbove12 |= f[1] > 12;
            }
        }

        /** Whether most cells seen are dates of one shape. */
        public boolean looksLikeDates() {
            int dates = iso + compact + slashed;
            return dates > 0 && dates >= 9 * other;
        }

        /**
         * The order the cells show; empty when they are day/month dates whose fields never pass 12
         * (both orders read them), or contradict each other.
         */
        public Optional<DateOrder> order() {
            if (iso >= compact && iso >= slashed && iso > 0) {
                return Optional.of(DateOrder.ISO);
            }
            if (compact >= slashed && compact > 0) {
                return Optional.of(DateOrder.COMPACT);
            }
            if (slashed == 0 || firstAbove12 == secondAbove12) {
                return Optional.empty();
            }
            return Optional.of(firstAbove12 ? DateOrder.DAY_FIRST : DateOrder.MONTH_FIRST);
        }

        /** Day/month dates that do not say which comes first. */
        public boolean ambiguous() {
            return order().isEmpty() && slashed > 0 && !firstAbove12 && !secondAbove12;
        }
    }
}
