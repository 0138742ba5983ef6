package org.fahras.plugins.arabic;

import org.apache.lucene.util.Attribute;

/**
 * The surface form of the current token, carried beside its term through the chain of {@link
 * ArabicCompositeAnalyzer}: the word as the EXACT (or VOCALISED) field writes it, while the term
 * itself goes on to be stemmed.
 */
public interface SurfaceAttribute extends Attribute {

  /** The surface form's characters; valid up to {@link #length()}. */
  char[] buffer();

  /** The number of characters of the surface form. */
  int length();

  /** Replaces the surface form by {@code len} characters of {@code chars}. */
  void set(char[] chars, int offset, int len);

  /**
   * The buffer, grown to hold at least {@code len} characters, for the caller to write the surface
   * form into and then {@link #setLength}; what it held is not kept when it grows.
   */
  char[] resizeBuffer(int len);

  /** Sets the number of characters of the surface form, at most the buffer's length. */
  void setLength(int len);
}
