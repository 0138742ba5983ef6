package org.fahras.plugins.export;

import java.time.ZoneId;
import java.util.Locale;
import java.util.Objects;
import org.fahras.api.ResultExporter;

/**
 * What the exporters of this plugin share: a menu label from {@link Messages} ({@code
 * exporter.<id>}) and the time zone in which dates are shown to people.
 */
abstract class LocalizedExporter implements ResultExporter {

  private final ZoneId zone;

  /**
   * @param zone the zone for dates shown as local date and time (CSV, XLSX, the HTML report): the
   *     computer's own when the host creates the exporter
   */
  LocalizedExporter(ZoneId zone) {
    this.zone = Objects.requireNonNull(zone, "zone");
  }

  /** The zone in which dates are shown. */
  final ZoneId zone() {
    return zone;
  }

  @Override
  public String label(Locale locale) {
    return Messages.of(locale).get("exporter." + id());
  }
}
