package org.fahras.app.search;

import java.util.List;

/**
 * One search result.
 *
 * @param path absolute file path, or {@code file!/entry} for an embedded document
 * @param score the relevance score (BM25)
 * @param title the document's title, or its file name when it has none
 * @param contentType the detected media type
 * @param modifiedMillis the file's modification time, epoch milliseconds
 * @param size the file's size in bytes
 * @param snippets passages of the body with hits marked as {@code <mark>…</mark>}; the rest of
 *     the text is HTML-escaped
 * @param dateMillis the document's date (its own modification or creation date, else the file's
 *     modification time), epoch milliseconds: what sorting by date uses
 */
public record SearchHit(
    String path,
    float score,
    String title,
    String contentType,
    long modifiedMillis,
    long size,
    List<String> snippets,
    long dateMillis) {}
