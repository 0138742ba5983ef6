package org.fahras.app.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import org.fahras.api.ResultExporter;
import org.fahras.app.search.SearchRequest;
import org.fahras.app.search.SearchService;
import org.fahras.app.search.SearchTestIndexes;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Exports stream every hit in rank order through the exporter, with entities and plain snippets. */
class ResultExportTest {

  @TempDir static Path tmp;
  static SearchService search;

  /** One line per hit: rank, path, first snippet with [marks], entities. */
  static final class Lines implements ResultExporter {
    final AtomicInteger open = new AtomicInteger();

    @Override
    public String id() {
      return "lines";
    }

    @Override
    public String label(Locale locale) {
      return "Lines";
    }

    @Override
    public String fileExtension() {
      return "txt";
    }

    @Override
    public String mediaType() {
      return "text/plain";
    }

    @Override
    public HitWriter open(OutputStream out, Export export) {
      PrintStream p = new PrintStream(out, false, StandardCharsets.UTF_8);
      p.println("# " + export.query() + " " + export.total());
      open.incrementAndGet();
      return new HitWriter() {
        @Override
        public void write(Hit hit) {
          String snippet = "";
          if (!hit.snippets().isEmpty()) {
            Snippet s = hit.snippets().get(0);
            StringBuilder sb = new StringBuilder(s.text());
            for (int i = s.marks().size() - 1; i >= 0; i--) {
              sb.insert(s.marks().get(i).end(), ']').insert(s.marks().get(i).start(), '[');
            }
            snippet = sb.toString();
          }
          p.println(hit.rank() + "\t" + hit.path() + "\t" + snippet + "\t"
              + hit.entities().stream().map(e -> e.type() + ":" + e.name()).toList());
        }

        @Override
        public void close() {
          p.println("# end");
          p.flush();
          open.decrementAndGet();
        }
      };
    }

    @Override
    public EntityWriter openEntityTable(OutputStream out, Export export) {
      PrintStream p = new PrintStream(out, false, StandardCharsets.UTF_8);
      return new EntityWriter() {
        @Override
        public void write(EntityRow row) {
          p.println(row.type() + "\t" + row.name() + "\t" + row.paths().size());
        }

        @Override
        public void close() {
          p.flush();
        }
      };
    }
  }

  @BeforeAll
  static void index() throws Exception {
    search = SearchTestIndexes.manyWithEntities(tmp.resolve("index"), 450);
  }

  @AfterAll
  static void close() throws Exception {
    search.close();
  }

  @Test
  void everyHitIsWrittenOnceInRankOrderAcrossPages() throws Exception {
    Lines lines = new Lines();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    long n = ResultExport.hits(search, SearchRequest.of("تقرير"), Long.MAX_VALUE, lines, out, Locale.ENGLISH, ResultExport.Progress.NONE);
    List<String> rows = out.toString(StandardCharsets.UTF_8).lines().toList();
    assertThat(n).isEqualTo(450);
    assertThat(rows.get(0)).isEqualTo("# تقرير 450");
    assertThat(rows.get(rows.size() - 1)).isEqualTo("# end");
    List<String> hits = rows.subList(1, rows.size() - 1);
    assertThat(hits).hasSize(450);
    for (int i = 0; i < hits.size(); i++) {
      assertThat(hits.get(i)).startsWith((i + 1) + "\t");
    }
    assertThat(hits.stream().map(h -> h.split("\t")[1]).distinct()).hasSize(450);
    assertThat(hits.get(0)).contains("[تقرير]").contains("LOCATION:روسيا");
    assertThat(lines.open).hasValue(0);
  }

  @Test
  void theLimitAndProgressAreHonouredAndCancellingStops() throws Exception {
    List<long[]> seen = new ArrayList<>();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    long n = ResultExport.hits(search, SearchRequest.of("تقرير"), 7, new Lines(), out, Locale.ENGLISH, (d, t) -> seen.add(new long[] {d, t}));
    assertThat(n).isEqualTo(7);
    assertThat(seen.get(seen.size() - 1)).containsExactly(7, 7);
    ResultExport.Progress cancel =
        new ResultExport.Progress() {
          int calls;

          @Override
          public void progressed(long done, long total) {
            calls++;
          }

          @Override
          public boolean cancelled() {
            return calls >= 3;
          }
        };
    assertThatThrownBy(() -> ResultExport.hits(search, SearchRequest.of("تقرير"), 100, new Lines(), new ByteArrayOutputStream(), Locale.ENGLISH, cancel))
        .isInstanceOf(CancellationException.class);
  }

  @Test
  void theEntityTableCountsTheDocumentsMentioningEachEntity() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    long rows = ResultExport.entityTable(search, SearchRequest.of("تقرير"), Long.MAX_VALUE, new Lines(), out, Locale.ENGLISH, ResultExport.Progress.NONE);
    assertThat(rows).isEqualTo(2);
    assertThat(out.toString(StandardCharsets.UTF_8).lines())
        .containsExactly("LOCATION\tروسيا\t450", "PERSON\tسلمى الخوري\t150");
  }

  @Test
  void aFailedExportLeavesNoFileAndKeepsAnOldOne(@TempDir Path dir) throws Exception {
    Path target = dir.resolve("hits.txt");
    Files.writeString(target, "old");
    assertThatThrownBy(() -> ResultExport.toFile(target, o -> {
          o.write("partial".getBytes(StandardCharsets.UTF_8));
          throw new IOException("disk full");
        }))
        .hasMessage("disk full");
    assertThat(Files.readString(target)).isEqualTo("old");
    try (var s = Files.list(dir)) {
      assertThat(s).containsExactly(target);
    }
    ResultExport.toFile(target, o -> o.write("new".getBytes(StandardCharsets.UTF_8)));
    assertThat(Files.readString(target)).isEqualTo("new");
  }
}
