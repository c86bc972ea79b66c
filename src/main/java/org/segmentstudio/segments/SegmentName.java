package org.segmentstudio.segments;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The names offered for a segment.
 *
 * @param descriptive built from the profile: "High income · High spending"
 * @param persona     the classic persona, for the income/spending view
 */
public record SegmentName(String descriptive, Optional<Persona> persona) {

    /** The name a segment gets until the user edits it: the descriptive one, which says what it means. */
    public String initial() {
        return descriptive;
    }

    /** Every name to offer, the initial one first: "High income · High spending", "Target". */
    public List<String> choices() {
        List<String> c = new ArrayList<>();
        c.add(descriptive);
        persona.ifPresent(p -> c.add(p.title()));
        return List.copyOf(c);
    }
}
