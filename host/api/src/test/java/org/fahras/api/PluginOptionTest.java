package org.fahras.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class PluginOptionTest {

  @Test
  void booleanOptionAcceptsOnlyTrueAndFalse() {
    PluginOption o = PluginOption.bool("hamza", true, "option.hamza");
    assertThat(o.defaultValue()).isEqualTo("true");
    assertThat(o.accepts("false")).isTrue();
    assertThat(o.accepts("yes")).isFalse();
    assertThat(o.accepts("TRUE")).isFalse();
    assertThat(o.accepts(null)).isFalse();
  }

  @Test
  void choiceOptionAcceptsOnlyItsChoices() {
    PluginOption o = PluginOption.choice("level", "light", List.of("light", "root"), "option.level");
    assertThat(o.accepts("root")).isTrue();
    assertThat(o.accepts("heavy")).isFalse();
  }

  @Test
  void textOptionRefusesLineBreaks() {
    PluginOption o = PluginOption.text("prefix", "", "option.prefix");
    assertThat(o.accepts("وال")).isTrue();
    assertThat(o.accepts("a\nb")).isFalse();
  }

  @Test
  void invalidDeclarationsAreRefused() {
    assertThatThrownBy(() -> PluginOption.choice("c", "x", List.of("a"), "l"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> PluginOption.bool("bad key", true, "l"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new PluginOption("k", PluginOption.Type.CHOICE, "a", List.of(), "l"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
