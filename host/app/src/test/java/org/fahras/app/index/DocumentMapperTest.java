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
