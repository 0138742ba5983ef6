package org.fahras.app.index;

import java.util.Arrays;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.StoredValue;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.util.BytesRef;

/**
 * How the index stores a document's text: Arabic letters in one byte each instead of UTF-8's two.
 *
 * <p>Lucene stores a string field as UTF-8 and compresses it with LZ4. Arabic text is nearly all
 * two-byte UTF-8 (U+0600–U+06FF), so a stored body is twice as long as its letters, and both the
 * encoding and the compression work through every byte. {@link #encode} writes instead:
 *
 * <ul>
 *   <li>a format byte ({@value #FORMAT});
 *   <li>each char below U+0080 as itself (one byte);
 *   <li>each char U+0600–U+067E (the Arabic letters, marks, digits and punctuation; Persian
 *       پ is the last) as one byte {@code 0x80 + (c − 0x600)}, so 0x80–0xFE;
 *   <li>any other char as 0xFF followed by the char's two or three UTF-8 bytes (a surrogate on its
 *       own, as three bytes), so every Java string, unpaired surrogates included, comes back
 *       exactly.
 * </ul>
 *
 * <p>Arabic text takes about 60 % of the bytes of its UTF-8 (spaces and ASCII punctuation stay one
 * byte), so storing it costs about 40 % less time and 35 % less room (measured in
 * docs/performance.md). Text that would not get shorter (English, Cyrillic, CJK) is stored as an
 * ordinary string; {@link #value} reads both, and so reads indexes written before this format.
 */
public final class StoredText {

  /** The first byte of an encoded text: the format's version. */
  static final byte FORMAT = 1;

  private static final int ARABIC_FIRST = 0x0600;
  private static final int ARABIC_LAST = 0x067E;
  private static final int ESCAPE = 0xFF;

  private StoredText() {}

  /**
   * The encoded text, or null when it would be no shorter than the text's UTF-8 (then store the
   * string).
   */
  public static BytesRef encode(String text) {
    return encode(text, new char[Math.min(CHUNK, text.length())], null);
  }

  /** Chars copied out of the text at a time: a loop over an array, not {@code charAt}. */
  private static final int CHUNK = 4096;

  /**
   * {@link #encode(String)}, into {@code into} when it is long enough (else a new array), reading
   * the text through {@code chunk}.
   */
  private static BytesRef encode(String text, char[] chunk, byte[] into) {
    int n = text.length();
    byte[] out = into != null && into.length >= n + 1 ? into : new byte[n + 1];
    out[0] = FORMAT;
    int o = 1;
    long utf8 = 0;
    for (int from = 0; from < n; from += chunk.length) {
      int m = Math.min(chunk.length, n - from);
      text.getChars(from, from + m, chunk, 0);
      for (int i = 0; i < m; i++) {
        char c = chunk[i];
        if (c < 0x80) {
          out[o++] = (byte) c;
          utf8++;
        } else if (c >= ARABIC_FIRST && c <= ARABIC_LAST) {
          out[o++] = (byte) (0x80 + c - ARABIC_FIRST);
          utf8 += 2;
        } else {
          // Room for this char's four bytes and one for each char after it.
          int needed = o + 4 + (n - from - i - 1);
          if (needed > out.length) {
            out = Arrays.copyOf(out, Math.max(needed, out.length + (out.length >> 1)));
          }
          out[o++] = (byte) ESCAPE;
          if (c < 0x800) {
            out[o++] = (byte) (0xC0 | c >> 6);
            out[o++] = (byte) (0x80 | c & 0x3F);
            utf8 += 2;
          } else {
            out[o++] = (byte) (0xE0 | c >> 12);
            out[o++] = (byte) (0x80 | c >> 6 & 0x3F);
            out[o++] = (byte) (0x80 | c & 0x3F);
            // A surrogate pair is four bytes of UTF-8 for two chars.
            utf8 += Character.isSurrogate(c) ? 2 : 3;
          }
        }
      }
    }
    return o < utf8 ? new BytesRef(out, 0, o) : null;
  }

  /**
   * The text {@link #encode} encoded.
   *
   * @throws IllegalArgumentException when the bytes are not such an encoding
   */
  public static String decode(BytesRef bytes) {
    byte[] b = bytes.bytes;
    int end = bytes.offset + bytes.length;
    if (bytes.length == 0 || b[bytes.offset] != FORMAT) {
      throw new IllegalArgumentException("not a stored text of format " + FORMAT);
    }
    char[] out = new char[bytes.length - 1];
    int o = 0;
    int i = bytes.offset + 1;
    while (i < end) {
      int x = b[i++] & 0xFF;
      if (x < 0x80) {
        out[o++] = (char) x;
      } else if (x != ESCAPE) {
        out[o++] = (char) (x - 0x80 + ARABIC_FIRST);
      } else if (i + 1 < end && (b[i] & 0xE0) == 0xC0) {
        out[o++] = (char) ((b[i] & 0x1F) << 6 | b[i + 1] & 0x3F);
        i += 2;
      } else if (i + 2 < end && (b[i] & 0xF0) == 0xE0) {
        out[o++] = (char) ((b[i] & 0x0F) << 12 | (b[i + 1] & 0x3F) << 6 | b[i + 2] & 0x3F);
        i += 3;
      } else {
        throw new IllegalArgumentException("broken escape at byte " + (i - 1 - bytes.offset) + " of a stored text");
      }
    }
    return new String(out, 0, o);
  }

  /**
   * The text of a stored field as read back from the index: an encoded text decoded, a string as
   * it is; null when the field is null or holds neither.
   */
  public static String value(IndexableField field) {
    if (field == null) {
      return null;
    }
    String s = field.stringValue();
    if (s != null) {
      return s;
    }
    BytesRef b = field.binaryValue();
    return b == null ? null : decode(b);
  }

  /** {@link #value} of a stored value a {@link org.apache.lucene.index.StoredFieldVisitor} got as bytes. */
  public static String value(byte[] bytes) {
    return decode(new BytesRef(bytes));
  }

  /**
   * A text field that is analysed from its string but stored {@linkplain #encode encoded} (as a
   * string when that is no shorter). The encoding is made when Lucene stores the field, on the
   * indexing thread, into that thread's buffer: Lucene copies a stored value as it gets it ({@code
   * IndexingChain.processField}), so one buffer a thread serves every document, and the encoding
   * allocates nothing (texts up to {@value #KEPT_BYTES} bytes).
   */
  static final class Body extends Field {
    Body(String name, String text, FieldType type) {
      super(name, text, type);
    }

    @Override
    public StoredValue storedValue() {
      String text = stringValue();
      if (text == null) {
        return super.storedValue();
      }
      Buffers b = BUFFERS.get();
      BytesRef encoded = encode(text, b.chunk, b.out);
      if (encoded != null && encoded.bytes != b.out && encoded.bytes.length <= KEPT_BYTES) {
        b.out = encoded.bytes;
      }
      return encoded == null ? super.storedValue() : new StoredValue(encoded);
    }
  }

  /** The largest encoding buffer a thread keeps. */
  static final int KEPT_BYTES = 1 << 20;

  private static final ThreadLocal<Buffers> BUFFERS = ThreadLocal.withInitial(Buffers::new);

  /** A thread's arrays for {@link Body}. */
  private static final class Buffers {
    final char[] chunk = new char[CHUNK];
    byte[] out = new byte[64 * 1024];
  }
}
