package org.fahras.app.search;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.fahras.api.EntityRecognizer;
import org.fahras.api.EntityType;
import org.fahras.app.analysis.IndexAnalysis;
import org.fahras.app.entities.EntityExtraction;
import org.fahras.app.search.TestIndex.Doc;

/** Indexes for tests outside this package. */
public final class SearchTestIndexes {

  private SearchTestIndexes() {}

  /**
   * {@code n} documents about تقرير, each mentioning روسيا, every third سلمى الخوري; opened for
   * searching with the same analysis.
   */
  public static SearchService manyWithEntities(Path dir, int n) throws Exception {
    EntityRecognizer names =
        new EntityRecognizer() {
          @Override
          public String id() {
            return "names";
          }

          @Override
          public Set<String> types() {
            return Set.of(EntityType.LOCATION, EntityType.PERSON);
          }

          @Override
          public List<EntitySpan> recognize(String text, String language) {
            List<EntitySpan> out = new ArrayList<>();
            for (String[] name : new String[][] {{"روسيا", "LOCATION"}, {"سلمى الخوري", "PERSON"}}) {
              int at = text.indexOf(name[0]);
              if (at >= 0) {
                out.add(new EntitySpan(at, at + name[0].length(), name[1], name[0], name[0]));
              }
            }
            out.sort((a, b) -> Integer.compare(a.start(), b.start()));
            return out;
          }
        };
    IndexAnalysis analysis = TestIndex.arabic().withEntities(EntityExtraction.of(List.of(names)));
    List<Doc> docs = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      String text = "تقرير رقم " + i + " عن روسيا" + (i % 3 == 0 ? " كتبته سلمى الخوري" : "") + " ".repeat(i % 7) + " والاقتصاد";
      docs.add(Doc.of("/d/r" + i + ".txt", "تقرير " + i, text));
    }
    TestIndex.write(dir, analysis, docs);
    return new SearchService(dir, analysis);
  }
}
