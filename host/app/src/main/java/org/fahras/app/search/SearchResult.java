package org.fahras.app.search;

import java.util.List;

/**
 * The answer to one query.
 *
 * @param query the query as the user typed it
 * @param total how many documents match in all
 * @param hits the requested page of hits, best first
 * @param tookMillis time spent searching and highlighting
 */
public record SearchResult(String query, long total, List<SearchHit> hits, long tookMillis) {}
