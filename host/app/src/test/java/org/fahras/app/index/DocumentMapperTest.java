package org.fahras.app.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.util.BytesRef;
import org.fahras.api.AnalysisField;
import org.fahras.api.EntityRecognizer;
import org.fahras.api.EntityType;
import org.fahras.api.ParsedDocument;
import org.fahras.app.entities.EntityExtraction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DocumentMapperTest {

  @ParameterizedTest
  @CsvSource({
    "/a/b/report.PDF, pdf",
    "/a/b/archive.zip!/docs/x.docx, docx",
    "/a/b/noext, ''",
    "/a/b/.hidden, ''",
    "/a/b.d/file, ''",
    "C:\\data\\doc.txt, txt"
  })
  void extensionIsTakenFromTheLastPathSegment(String path, String ext) {
    assertThat(DocumentMapper.extension(path)).isEqualTo(ext);
  }

  /** Answers a fixed list of spans, repeats and an unknown type included. */
  private static final class Fixed implements EntityRecognizer {
    final List<EntitySpan> spans;

    Fixed(List<EntitySpan> spans) {
      this.spans = spans;
    }

    @Override
    public String id() {
      return "fixed";
    }

    @Override
    public Set<String> types() {
      return Set.of(EntityType.PERSON, EntityType.LOCATION, EntityType.DATE, "WEAPON");
    }

    @Override
    public List<EntitySpan> recognize(String text, String language) {
      return spans;
    }
  }

  private static EntityRecognizer.EntitySpan span(int start, String type, String form) {
    return new EntityRecognizer.EntitySpan(start, start + 1, type, "x", form);
  }

  @Test
  void aDocumentNamingHundredsOfEntitiesKeepsEachOnceUpToTheLimits(@TempDir Path dir) throws Exception {
    Path file = Files.writeString(dir.resolve("a.txt"), "نص");
    int persons = IndexFields.MAX_ENTITIES_PER_TYPE + 100;
    List<EntityRecognizer.EntitySpan> spans = new java.util.ArrayList<>();
    // Every person twice (the second time much later), then places until the stored list is full.
    for (int round = 0; round < 2; round++) {
      for (int i = 0; i < persons; i++) {
        spans.add(span(spans.size() * 2, EntityType.PERSON, "شخص " + i));
      }
    }
    int places = IndexFields.MAX_ENTITIES_PER_TYPE * 4;
    for (int i = 0; i < places; i++) {
      spans.add(span(spans.size() * 2, EntityType.LOCATION, "مكان " + i));
    }
    DocumentMapper mapper =
        new DocumentMapper(List.of(AnalysisField.STEMMED), EntityExtraction.of(List.of(new Fixed(spans))));
    ParsedDocument parsed =
        new ParsedDocument(
            "x".repeat(spans.size() * 2 + 2), null, null, null, null, "ar", "text/plain", Map.of(), List.of(), List.of());

    Document d = mapper.toDocuments(FileFingerprint.of(file), "p", parsed).get(0);

    List<String> keptPersons = new java.util.ArrayList<>();
    for (int i = 0; i < IndexFields.MAX_ENTITIES_PER_TYPE; i++) {
      keptPersons.add("شخص " + i);
    }
    assertThat(d.getValues(IndexFields.ENTITY_PREFIX + "person")).containsExactlyElementsOf(keptPersons);
    assertThat(d.getValues(IndexFields.ENTITY_PREFIX + "location")).hasSize(IndexFields.MAX_ENTITIES_PER_TYPE);
    // The stored list names each entity once, in order of first mention, beyond the fields' limit
    // and up to its own.
    String[] lines = d.get(IndexFields.ENTITY_STORED).split("\n");
    assertThat(lines).hasSize(IndexFields.MAX_ENTITIES_PER_TYPE * 4).doesNotHaveDuplicates();
    assertThat(lines[persons - 1]).isEqualTo("PERSON\tشخص " + (persons - 1));
    assertThat(lines[persons]).isEqualTo("LOCATION\tمكان 0");
    assertThat(docValues(d, true)).hasSize(IndexFields.MAX_ENTITIES_PER_TYPE * 2);
  }

  @Test
  void entitiesBecomeKeywordsFacetDocValuesAndOneStoredList(@TempDir Path dir) throws Exception {
    Path file = Files.writeString(dir.resolve("a.txt"), "نص");
    List<EntityRecognizer.EntitySpan> spans =
        List.of(
            span(0, EntityType.PERSON, "سلمى الخوري"),
            span(2, EntityType.LOCATION, "روسيا"),
            span(4, EntityType.PERSON, "سلمى الخوري"),
            span(6, EntityType.DATE, "2024-03"),
            span(8, "WEAPON", "صاروخ"),
            span(10, EntityType.LOCATION, "كوريا\nالشمالية"),
            span(12, EntityType.PERSON, "a\u001Fb\u001Ec"));
    DocumentMapper mapper =
        new DocumentMapper(List.of(AnalysisField.STEMMED), EntityExtraction.of(List.of(new Fixed(spans))));
    ParsedDocument parsed =
        new ParsedDocument("x".repeat(20), null, null, null, null, "ar", "text/plain", Map.of(), List.of(), List.of());

    Document d = mapper.toDocuments(FileFingerprint.of(file), "p", parsed).get(0);

    assertThat(d.get(IndexFields.ENTITY_STORED))
        .isEqualTo(
            "PERSON\tسلمى الخوري\nLOCATION\tروسيا\nDATE\t2024-03\nWEAPON\tصاروخ\nLOCATION\tكوريا الشمالية"
                + "\nPERSON\ta\u001Fb\u001Ec");
    assertThat(d.getValues(IndexFields.ENTITY_PREFIX + "person")).containsExactly("سلمى الخوري", "a\u001Fb\u001Ec");
    assertThat(d.getValues(IndexFields.ENTITY_PREFIX + "location")).containsExactly("روسيا", "كوريا\nالشمالية");
    assertThat(d.getValues(IndexFields.ENTITY_PREFIX + "date_mentioned")).containsExactly("2024-03");
    assertThat(d.getValues(IndexFields.ENTITY_PREFIX + "year_mentioned")).containsExactly("2024");
    assertThat(d.getValues(IndexFields.ENTITY_PREFIX + "weapon")).containsExactly("صاروخ");

    // The facet doc values are what FacetsConfig makes of facet fields for the same values.
    Document facets = new Document();
    for (String[] dv :
        List.of(
            new String[] {"person", "سلمى الخوري"},
            new String[] {"person", "a\u001Fb\u001Ec"},
            new String[] {"location", "روسيا"},
            new String[] {"location", "كوريا\nالشمالية"},
            new String[] {"date_mentioned", "2024-03"},
            new String[] {"year_mentioned", "2024"})) {
      facets.add(new SortedSetDocValuesFacetField(dv[0], dv[1]));
    }
    Document built = IndexFields.facetsConfig().build(facets);
    assertThat(docValues(d, true)).containsExactlyInAnyOrderElementsOf(docValues(built, false));
  }

  @Test
  void recordsAreBuiltAsFacetsConfigBuildsThem(@TempDir Path dir) throws Exception {
    Path file = Files.createDirectories(dir.resolve("عقود").resolve("a\u001Fb")).resolve("a.txt");
    Files.writeString(file, "نص");
    DocumentMapper mapper = new DocumentMapper(List.of(AnalysisField.STEMMED, AnalysisField.EXACT));
    ParsedDocument parsed =
        new ParsedDocument("نص العقد", "عنوان", "كاتب", null, null, "ar", "text/plain; charset=UTF-8", Map.of(), List.of(), List.of("cut"));

    List<Document> unbuilt = mapper.toFields(FileFingerprint.of(file), "p", parsed);
    Document built = mapper.build(unbuilt).get(0);
    Document reference = IndexFields.facetsConfig().build(unbuilt.get(0));

    assertThat(fields(built)).containsExactlyInAnyOrderElementsOf(fields(reference));
    assertThat(docValues(built, false)).contains(
        "$facets=folder", "$facets=type\u001Ftext/plain", "$facets=ext\u001Ftxt", "$facets=lang\u001Far");
    // The stored fields keep their order: the text last (schema 3).
    assertThat(storedNames(built)).isEqualTo(storedNames(reference));
    assertThat(storedNames(built).get(storedNames(built).size() - 1)).isEqualTo(IndexFields.BODY);
  }

  /** Every field of a record as name, doc-values type, index options and value. */
  private static List<String> fields(Document d) {
    List<String> out = new ArrayList<>();
    for (IndexableField f : d.getFields()) {
      BytesRef b = f.binaryValue();
      Object value = b != null ? b.toString() : f.stringValue() != null ? f.stringValue() : f.numericValue();
      out.add(f.name() + " " + f.fieldType().docValuesType() + " " + f.fieldType().indexOptions() + " " + f.fieldType().stored() + " " + value);
    }
    return out;
  }

  private static List<String> storedNames(Document d) {
    List<String> out = new ArrayList<>();
    for (IndexableField f : d.getFields()) {
      if (f.fieldType().stored()) {
        out.add(f.name());
      }
    }
    return out;
  }

  /** The sorted-set doc values of a document: field and value; only entity ones when asked. */
  private static List<String> docValues(Document d, boolean entitiesOnly) {
    Set<String> baseDims = Set.copyOf(IndexFields.FACET_DIMS);
    List<String> out = new ArrayList<>();
    for (IndexableField f : d.getFields()) {
      if (f instanceof SortedSetDocValuesField) {
        BytesRef b = f.binaryValue();
        String value = b.utf8ToString();
        String[] label = FacetsConfig.stringToPath(value);
        if (!entitiesOnly || !baseDims.contains(label[0])) {
          out.add(f.name() + "=" + value);
        }
      }
    }
    return out;
  }
}
