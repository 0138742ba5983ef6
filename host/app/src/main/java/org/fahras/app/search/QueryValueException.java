package org.fahras.app.search;

import org.apache.lucene.queryparser.classic.ParseException;

/**
 * A field value the query language cannot read ({@code size:>big}, {@code date:2023-13}). Unlike
 * a syntax error, it is not retried as plain words: the message tells the user what the field
 * takes.
 */
final class QueryValueException extends ParseException {

  private static final long serialVersionUID = 1L;

  QueryValueException(String message) {
    super(message);
  }
}
