package org.fahras.plugins.entities;

import com.ibm.icu.text.LocaleDisplayNames;
import com.ibm.icu.text.TimeZoneNames;
import com.ibm.icu.util.Region;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Place names from ICU4J's Arabic locale data (CLDR, under the ICU licence): the display names of
 * countries and territories, of continents and sub-continents (أفريقيا، غرب آسيا), and the
 * exemplar cities of time zones (القاهرة، الدار البيضاء، هونولولو).
 *
 * <p>Names with brackets or commas (qualified names such as «هونغ كونغ الصينية (منطقة إدارية
 * خاصة)») are left out: text never writes them so. Language names are left out too: in Arabic
 * they are the feminine nisba adjectives (العربية، الفرنسية) and would mark every adjective.
 */
final class IcuNames {

  private static final ULocale ARABIC = new ULocale("ar");

  private static final char ARABIC_COMMA = '\u060C';

  private IcuNames() {}

  /** The Arabic names of countries, regions and time-zone cities, without duplicates. */
  static Set<String> places() {
    Set<String> out = new LinkedHashSet<>();
    LocaleDisplayNames names = LocaleDisplayNames.getInstance(ARABIC);
    for (Region.RegionType type :
        new Region.RegionType[] {
          Region.RegionType.TERRITORY, Region.RegionType.CONTINENT, Region.RegionType.SUBCONTINENT
        }) {
      for (Region r : Region.getAvailable(type)) {
        add(out, names.regionDisplayName(r.toString()), r.toString());
      }
    }
    TimeZoneNames zones = TimeZoneNames.getInstance(ARABIC);
    for (String id : TimeZone.getAvailableIDs(TimeZone.SystemTimeZoneType.CANONICAL_LOCATION,
        null, null)) {
      add(out, zones.getExemplarLocationName(id), id);
    }
    return out;
  }

  private static void add(Set<String> out, String name, String code) {
    if (name == null || name.isBlank() || name.equals(code)) {
      return;
    }
    if (name.indexOf('(') >= 0 || name.indexOf(ARABIC_COMMA) >= 0 || name.indexOf(',') >= 0) {
      return;
    }
    if (!containsArabic(name)) {
      return;
    }
    out.add(name.strip());
  }

  private static boolean containsArabic(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.UnicodeBlock.of(s.charAt(i)) == Character.UnicodeBlock.ARABIC) {
        return true;
      }
    }
    return false;
  }
}
