package org.fahras.app.search;

/**
 * One value of a facet and how many matching documents have it.
 *
 * @param value the value as a filter takes it ({@code pdf}, {@code 2023}, a folder path)
 * @param count matching documents with that value (for a folder: in it or below it)
 */
public record FacetValue(String value, long count) {}
