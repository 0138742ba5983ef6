package org.fahras.app.plugins;

import java.io.IOException;

/** A plugin archive that cannot be installed, with what is wrong in words the user can act on. */
public final class InvalidPluginException extends IOException {

  private static final long serialVersionUID = 1L;

  /** What is wrong with the archive; the GUI words each one. */
  public enum Problem {
    /** Not a readable zip file. */
    UNREADABLE,
    /** No {@code plugin.properties} at the top of the zip. */
    NO_DESCRIPTOR,
    /** The descriptor has no usable {@code plugin.id}. */
    NO_ID,
    /** The descriptor has no valid {@code plugin.version}. */
    NO_VERSION,
    /** {@code plugin.requires} excludes the running plugin API. */
    UNSUPPORTED_REQUIRES,
    /** An entry would land outside the plugin's folder (zip-slip). */
    UNSAFE_ENTRY,
    /** {@code lib/} holds a jar the host provides (API, PF4J, Lucene, SLF4J). */
    HOST_OWNED_JAR,
    /** The same plugin id and version is already installed. */
    ALREADY_INSTALLED
  }

  private final Problem problem;
  private final String detail;

  InvalidPluginException(Problem problem, String detail, String message) {
    super(message);
    this.problem = problem;
    this.detail = detail;
  }

  public Problem problem() {
    return problem;
  }

  /** The value at fault (an entry name, a range, a jar), for the message; may be empty. */
  public String detail() {
    return detail;
  }
}
