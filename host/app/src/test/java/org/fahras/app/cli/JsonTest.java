package org.fahras.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonTest {

  @Test
  void writesArabicAsIsAndEscapesControlCharacters() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("q", "كوريا \"الشمالية\"\n\t\\");
    m.put("n", 3L);
    m.put("f", 1.5f);
    m.put("none", null);
    m.put("list", Arrays.asList("a", null, true));
    m.put("sep", "\u2028\u0001");

    assertThat(Json.write(m))
        .isEqualTo(
            "{\"q\":\"كوريا \\\"الشمالية\\\"\\n\\t\\\\\",\"n\":3,\"f\":1.5,\"none\":null,"
                + "\"list\":[\"a\",null,true],\"sep\":\"\\u2028\\u0001\"}");
  }

  @Test
  void nonFiniteNumbersBecomeNull() {
    assertThat(Json.write(List.of(Float.NaN, Double.POSITIVE_INFINITY))).isEqualTo("[null,null]");
  }
}
