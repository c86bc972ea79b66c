package org.segmentstudio.segments;

/**
 * One suggested action for a segment.
 *
 * @param action what to do, in one sentence
 * @param because the profile fact that led to it ("high income and high spending")
 */
public record Strategy(String action, String because) {
}
