package org.segmentstudio.data.purchases;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What a build did: the lines read, used and left out (by reason, with the first few line numbers),
 * the customers built, the as-of date, the span of the purchases, and the mapping used.
 *
 * @param purchaseLines every record after the header
 * @param linesUsed     the purchases that went into the customers
 * @param leftOut       per reason, the lines left out
 * @param examples      per reason, the first line numbers left out (at most {@link #EXAMPLES})
 * @param customers     customers built (those with at least one used purchase)
 * @param asOf          the day recency and tenure count to
 * @param first         the first used purchase's day
 * @param last          the last used purchase's day
 * @param dateOrder     how the dates were read; null when the user gave a pattern
 */
public record BuildReport(String source, long purchaseLines, long linesUsed, Map<LeftOut, Long> leftOut,
                          Map<LeftOut, List<Long>> examples, int customers, LocalDate asOf, LocalDate first,
                          LocalDate last, PurchaseColumns columns, DateOrder dateOrder, Returns returns) {
    public static final int EXAMPLES = 5;

    public BuildReport {
        EnumMap<LeftOut, Long> counts = new EnumMap<>(LeftOut.class);
        counts.putAll(leftOut);
        leftOut = Collections.unmodifiableMap(counts);
        EnumMap<LeftOut, List<Long>> ex = new EnumMap<>(LeftOut.class);
        examples.forEach((k, v) -> ex.put(k, List.copyOf(v)));
        examples = Collections.unmodifiableMap(ex);
    }

    /** "135,080 without a customer (lines 1,444, 1,445…)", one per reason, for the window's note. */
    public String leftOutText() {
        StringBuilder sb = new StringBuilder();
        leftOut.forEach((reason, count) -> {
            if (count == 0) {
                return;
            }
            if (sb.length() > 0) {
                sb.append("; ");
            }
            sb.append(String.format(java.util.Locale.ROOT, "%,d %s", count, reason.words()));
            List<Long> lines = examples.getOrDefault(reason, List.of());
            if (!lines.isEmpty()) {
                sb.append(lines.size() == 1 ? " (line " : " (lines ");
                for (int i = 0; i < lines.size(); i++) {
                    sb.append(i == 0 ? "" : ", ").append(String.format(java.util.Locale.ROOT, "%,d", lines.get(i)));
                }
                sb.append(count > lines.size() ? "…)" : ")");
            }
        });
        return sb.toString();
    }
}
