package org.fahras.plugins.tika;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import org.apache.tika.detect.EncodingDetector;
import org.apache.tika.metadata.Metadata;

/**
 * {@link ArabicCharsetDetector} as a Tika encoding detector, listed in {@code tika-config.xml}
 * between the HTML meta-charset detector and ICU: text read by Tika's own parsers (CSV, HTML
 * without a declared charset, {@code .text} files, e-mail parts without a charset) gets the same
 * fast answer as the plain-text fast path.
 *
 * <p>Reads at most {@value #SAMPLE_BYTES} bytes (and resets the stream). Recognises UTF-16
 * without a byte-order mark. Answers {@code null} —
 * the next detector decides — for byte-order marks, well-formed UTF-8 with multi-byte characters
 * (ICU names it with full confidence), pure ASCII (ICU's answer there is what Tika has always
 * recorded), and whatever the statistics leave undecided.
 */
public final class ArabicEncodingDetector implements EncodingDetector {

  private static final long serialVersionUID = 1L;

  /** As much as Tika's ICU detector reads. */
  static final int SAMPLE_BYTES = PlainTextReader.SAMPLE_MAX_BYTES;

  @Override
  public Charset detect(InputStream input, Metadata metadata) throws IOException {
    if (input == null) {
      return null;
    }
    input.mark(SAMPLE_BYTES);
    byte[] sample;
    try {
      sample = input.readNBytes(SAMPLE_BYTES);
    } finally {
      input.reset();
    }
    int n = sample.length;
    if (n < 2 || hasByteOrderMark(sample)) {
      return null;
    }
    Charset utf16 = ArabicCharsetDetector.detectUtf16(sample, 0, n);
    if (utf16 != null) {
      return utf16;
    }
    if (isAscii(sample, n)) {
      return null;
    }
    // A sample cut inside a UTF-8 sequence is still UTF-8: drop up to three trailing bytes.
    for (int cut = 0; cut <= 3 && cut < n; cut++) {
      if (PlainTextReader.decodeUtf8(java.util.Arrays.copyOf(sample, n - cut), 0, true) != null) {
        return null;
      }
    }
    return ArabicCharsetDetector.detect(sample, 0, PlainTextReader.detectionSample(sample));
  }

  private static boolean hasByteOrderMark(byte[] b) {
    return (b[0] == (byte) 0xFE && b[1] == (byte) 0xFF)
        || (b[0] == (byte) 0xFF && b[1] == (byte) 0xFE)
        || (b.length >= 3 && b[0] == (byte) 0xEF && b[1] == (byte) 0xBB && b[2] == (byte) 0xBF);
  }

  private static boolean isAscii(byte[] b, int n) {
    for (int i = 0; i < n; i++) {
      if (b[i] < 0) {
        return false;
      }
    }
    return true;
  }
}
