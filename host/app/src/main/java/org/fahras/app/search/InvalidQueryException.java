package org.fahras.app.search;

/** Signals a query the parser cannot understand even as plain words. */
public class InvalidQueryException extends Exception {

  private static final long serialVersionUID = 1L;

  public InvalidQueryException(String message, Throwable cause) {
    super(message, cause);
  }
}
