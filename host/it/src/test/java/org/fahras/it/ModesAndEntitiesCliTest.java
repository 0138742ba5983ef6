package org.fahras.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Search modes, name variants and entities through the command line with the packaged Arabic
 * analysis and entity plugins, over the sample corpus.
 */
class ModesAndEntitiesCliTest {

  @TempDir static Path tmp;
  static Path index;

  @BeforeAll
  static void indexCorpus() {
    index = tmp.resolve("index");
    Cli.Result r = Cli.withPlugins("index", "--index", index.toString(), Cli.CORPUS.toString());
    assertThat(r.code()).as(r.err()).isZero();
  }

  static List<String> paths(String... args) {
    List<String> all = new ArrayList<>(List.of("--index", index.toString(), "--json", "--limit", "50"));
    all.addAll(List.of(args));
    Cli.Result r = Cli.withPlugins("search", all.toArray(String[]::new));
    assertThat(r.code()).as(r.err()).isZero();
    List<String> out = new ArrayList<>();
    r.json().get("hits").forEach(h -> out.add(h.get("path").asText()));
    return out;
  }

  @Test
  void exactModeKeepsPrefixesAndNormalModeRemovesThem() {
    assertThat(paths("جنوبي")).contains(Cli.SEED.toString());
    assertThat(paths("--mode", "exact", "جنوبي")).doesNotContain(Cli.SEED.toString());
    assertThat(paths("--mode", "exact", "الجنوبي")).contains(Cli.SEED.toString());
  }

  @Test
  void vocalisedModeRequiresCompatibleTashkeel() {
    // The seed writes تُعقد (passive, damma on the ta).
    assertThat(paths("--mode", "vocalised", "تُعقد")).contains(Cli.SEED.toString());
    assertThat(paths("--mode", "vocalised", "تعقد")).contains(Cli.SEED.toString());
    assertThat(paths("--mode", "vocalised", "تَعقد")).doesNotContain(Cli.SEED.toString());
    assertThat(paths("تَعقد")).contains(Cli.SEED.toString());
  }

  @Test
  void nameVariantsFindOtherSpellingsOnlyWhenAsked() {
    // The seed spells Pyongyang بيونج يانج.
    assertThat(paths("بيونغ")).doesNotContain(Cli.SEED.toString());
    assertThat(paths("--name-variants", "بيونغ")).contains(Cli.SEED.toString());
  }

  @Test
  void rootModeSaysHowToSwitchItOnWhenTheIndexHasNoRootField() {
    Cli.Result r = Cli.withPlugins("search", "--index", index.toString(), "--mode", "root", "كتاب");
    if (r.code() != 0) {
      assertThat(r.err()).contains("root field").contains("re-index");
    } else {
      assertThat(r.out()).isNotBlank();
    }
  }

  @Test
  void entitiesOfTheSeedArticleHaveTheirTypesAndOffsetsIntoItsText() throws Exception {
    Cli.Result r = Cli.withPlugins("entities", "--json", Cli.SEED.toString());
    assertThat(r.code()).as(r.err()).isZero();
    String text = Files.readString(Cli.SEED, StandardCharsets.UTF_8);
    List<String> found = new ArrayList<>();
    for (JsonNode e : r.json().get("entities")) {
      int start = e.get("start").asInt();
      int end = e.get("end").asInt();
      assertThat(text.substring(start, end)).isEqualTo(e.get("text").asText());
      found.add(e.get("type").asText() + ":" + e.get("text").asText());
    }
    assertThat(found)
        .contains("LOCATION:كوريا الشمالية", "LOCATION:روسيا", "ORGANIZATION:مجلس الأمن الدولي", "PERSON:بوني جينكينز");
  }

  @Test
  void entityFacetsAndFiltersNarrowTheResults() {
    Cli.Result r = Cli.withPlugins("search", "--index", index.toString(), "--json", "--facet", "location", "كوريا");
    assertThat(r.code()).as(r.err()).isZero();
    List<String> places = new ArrayList<>();
    r.json().get("facets").get("location").forEach(v -> places.add(v.get("value").asText()));
    assertThat(places).contains("روسيا", "كوريا الشمالية");
    assertThat(r.json().get("facets").fieldNames()).toIterable().containsExactly("location");
    List<String> mentioningRussia = paths("--filter", "location=روسيا", "*");
    assertThat(mentioningRussia).contains(Cli.SEED.toString());
    assertThat(mentioningRussia.size()).isLessThan(paths("*").size());
  }
}
