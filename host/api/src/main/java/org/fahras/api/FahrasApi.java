package org.fahras.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The version of this plugin API, following semantic versioning.
 *
 * <p>The host sets {@link #VERSION} as PF4J's system version; a plugin declares the range of
 * API versions it works with in its {@code requires} descriptor entry (for example {@code
 * >=1.2.0 & <2.0.0}) and is refused, with a message, when the running host is outside that
 * range. Additions (a new extension point, a new default method) raise the minor version;
 * anything that can break a compiled plugin raises the major version.
 */
public final class FahrasApi {

  /** This API's semantic version, for example {@code 1.2.0}. */
  public static final String VERSION;

  /** The {@code requires} range a plugin built against this API should declare. */
  public static final String REQUIRES;

  static {
    Properties p = new Properties();
    try (InputStream in = FahrasApi.class.getResourceAsStream("api.properties")) {
      if (in == null) {
        throw new IllegalStateException("api.properties missing from the Fahras API jar");
      }
      p.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    VERSION = p.getProperty("version");
    REQUIRES = p.getProperty("requires");
  }

  private FahrasApi() {}
}
