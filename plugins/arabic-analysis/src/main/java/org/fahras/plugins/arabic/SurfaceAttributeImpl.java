package org.fahras.plugins.arabic;

import org.apache.lucene.util.AttributeImpl;
import org.apache.lucene.util.AttributeReflector;

/** The implementation of {@link SurfaceAttribute} (found by Lucene by its name). */
public final class SurfaceAttributeImpl extends AttributeImpl implements SurfaceAttribute {
  private char[] chars = new char[16];
  private int length;

  @Override
  public char[] buffer() {
    return chars;
  }

  @Override
  public int length() {
    return length;
  }

  @Override
  public void set(char[] from, int offset, int len) {
    if (chars.length < len) {
      chars = new char[Math.max(len, chars.length * 2)];
    }
    System.arraycopy(from, offset, chars, 0, len);
    length = len;
  }

  @Override
  public char[] resizeBuffer(int len) {
    if (chars.length < len) {
      chars = new char[Math.max(len, chars.length * 2)];
    }
    return chars;
  }

  @Override
  public void setLength(int len) {
    length = len;
  }

  @Override
  public void clear() {
    length = 0;
  }

  @Override
  public void copyTo(AttributeImpl target) {
    ((SurfaceAttribute) target).set(chars, 0, length);
  }

  @Override
  public void reflectWith(AttributeReflector reflector) {
    reflector.reflect(SurfaceAttribute.class, "surface", new String(chars, 0, length));
  }
}
