package org.fahras.plugins.arabic;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.QueryBuilder;
import org.fahras.api.AnalysisField;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Spelling variants of transliterated names, offered for queries only. */
class ArabicNameVariantsTest {

  private final ArabicAnalyzerProvider provider = new ArabicAnalyzerProvider();

  {
    // The layout of separate fields, one analyzer per field (the compact layout:
    // ArabicCompactLayoutTest).
    provider.configure(Map.of(ArabicAnalyzerProvider.SEPARATE_FIELDS_OPTION, "true"));
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource({
    "غوغل, جوجل, g written غ or ج everywhere in the word",
    "غوغل, قوقل, g written ق",
    "بيونج, بيونغ, g at the end",
    "فيتامين, ڤيتامين, v",
    "بيتر, پيتر, p",
    "تشاد, شاد, ch",
    "شيكاغو, تشيكاغو, ch",
    "انترنيت, انترنت, a long vowel left out",
    "انترنت, انترنيت, a ي before the last letter",
    "امريكا, امريكه, final alef and ة",
    "كوريه, كوريا, final ة and alef",
    "تكساس, تكساص, plain and emphatic",
    "اطلنطي, اتلنتي, plain and emphatic everywhere",
  })
  void variantsIncludeTheOtherSpelling(String word, String variant, String why) {
    assertThat(ArabicNameVariants.of(word, ArabicNameVariants.HEH)).as(why).contains(variant);
  }

  @Test
  void theWordComesFirstAndTheNumberIsBounded() {
    Set<String> v = ArabicNameVariants.of("جغرافيكس", ArabicNameVariants.HEH);
    assertThat(v.iterator().next()).isEqualTo("جغرافيكس");
    assertThat(v).hasSizeLessThanOrEqualTo(ArabicNameVariants.MAX_VARIANTS).hasSizeGreaterThan(8);
  }

  @Test
  void shortAndLatinWordsHaveNoVariants() {
    assertThat(ArabicNameVariants.of("في", ArabicNameVariants.HEH)).containsExactly("في");
    assertThat(ArabicNameVariants.of("google", ArabicNameVariants.HEH)).containsExactly("google");
  }

  @Test
  void onlyStemmedAndExactOfferVariants() {
    assertThat(provider.nameVariantQueryAnalyzer(AnalysisField.STEMMED)).isNotNull();
    assertThat(provider.nameVariantQueryAnalyzer(AnalysisField.EXACT)).isNotNull();
    assertThat(provider.nameVariantQueryAnalyzer(AnalysisField.VOCALISED)).isNull();
    assertThat(provider.nameVariantQueryAnalyzer(AnalysisField.ROOT)).isNull();
  }

  @Test
  void theIndexAnalyzerNeverAddsVariants() {
    assertThat(AnalyzedTerms.of(provider.indexAnalyzer(AnalysisField.EXACT), "بيونغ يانغ"))
        .containsExactly("بيونغ", "يانغ");
  }

  @Test
  void variantsShareTheWordsPositionAndOffsets() {
    Analyzer a = provider.nameVariantQueryAnalyzer(AnalysisField.EXACT);
    List<Set<String>> positions = AnalyzedTerms.positions(a, "بيونج يانج", true);
    assertThat(positions).hasSize(2);
    assertThat(positions.get(0)).contains("بيونج", "بيونغ", "بيونك").hasSizeLessThanOrEqualTo(16);
    assertThat(positions.get(1)).contains("يانج", "يانغ");
  }

  @ParameterizedTest(name = "{1} finds {0} in {2}")
  @CsvSource({
    "بيونغ يانغ عاصمة كوريا الشمالية, بيونج يانج, EXACT",
    "بيونغ يانغ عاصمة كوريا الشمالية, بيونج يانج, STEMMED",
    "تاريخ الإنترنت في العالم, الانترنيت, STEMMED",
    "شركة غوغل في كاليفورنيا, جوجل, EXACT",
  })
  void aVariantQueryFindsTheOtherSpelling(String text, String query, AnalysisField field)
      throws IOException {
    assertThat(hits(text, query, field, provider.queryAnalyzer(field))).as("plain query").isZero();
    assertThat(hits(text, query, field, provider.nameVariantQueryAnalyzer(field))).isEqualTo(1);
  }

  private long hits(String text, String query, AnalysisField field, Analyzer queryAnalyzer)
      throws IOException {
    String name = "body" + field.suffix();
    try (ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
      try (IndexWriter w =
          new IndexWriter(dir, new IndexWriterConfig(provider.indexAnalyzer(field)))) {
        Document d = new Document();
        d.add(new StringField("id", "1", Field.Store.YES));
        d.add(new TextField(name, text, Field.Store.NO));
        w.addDocument(d);
      }
      try (DirectoryReader r = DirectoryReader.open(dir)) {
        Query q = new QueryBuilder(queryAnalyzer).createBooleanQuery(name, query);
        return q == null ? 0 : new IndexSearcher(r).count(q);
      }
    }
  }
}
