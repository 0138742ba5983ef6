package org.fahras.plugins.entities;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class FoldedTextTest {

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource({
    "مُحَمَّدٌ, محمد",
    "القاهـــرة, القاهره",
    "أإآٱ, اااا",
    "مسؤول, مسءول",
    "مسئول, مسءول",
    "على, علي",
    "یک, يك",
    "٢٠٢٤, 2024",
    "۲۰۲۴, 2024",
    "٣٠٪, 30%",
    "ﻻ, لا",
    "ABC, abc",
  })
  void foldsLikeTheAnalysisPlugin(String text, String folded) {
    assertThat(FoldedText.fold(text)).isEqualTo(folded);
  }

  @Test
  void mapsFoldedOffsetsBackToTheOriginal() {
    String text = "زَارَ القاهـــرةَ";
    FoldedText f = FoldedText.of(text);
    int start = f.folded.indexOf("القاهره");
    int end = start + "القاهره".length();
    assertThat(text.substring(f.originalStart(start), f.originalEnd(end))).isEqualTo("القاهـــرةَ");
  }

  @Test
  void spanEndKeepsTheWholeSurrogatePair() {
    String text = "a\uD83D\uDE00b";
    FoldedText f = FoldedText.of(text);
    assertThat(f.originalEnd(3)).isEqualTo(3);
    assertThat(f.originalEnd(2)).isEqualTo(3);
  }

  @Test
  void presentationFormsThatExpandKeepEveryCharacterMapped() {
    String text = "\uFDFA".repeat(20) + " القاهرة";
    FoldedText f = FoldedText.of(text);
    assertThat(f.folded).endsWith(" القاهره");
    int start = f.folded.lastIndexOf("القاهره");
    assertThat(text.substring(f.originalStart(start), f.originalEnd(f.folded.length())))
        .isEqualTo("القاهرة");
  }
}
