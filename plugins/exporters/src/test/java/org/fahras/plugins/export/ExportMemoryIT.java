package org.fahras.plugins.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * Exports 10,000 hits through every exporter in a separate JVM whose heap is capped at {@value
 * #HEAP}, smaller than each text file it writes (22 to 30 MB of UTF-8 Arabic): an exporter that
 * kept the hits or its output in memory would run out of heap. Then checks each file is complete.
 */
class ExportMemoryIT {

  static final int HITS = 10_000;
  static final String HEAP = "32m";

  @TempDir static Path dir;

  private static final Map<String, String> lines = new HashMap<>();

  @BeforeAll
  static void exportInABoundedJvm() throws Exception {
    String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Path log = dir.resolve("benchmark.log");
    Process p =
        new ProcessBuilder(
                java.toString(),
                "-Xmx" + HEAP,
                "-Dfile.encoding=UTF-8",
                "-cp",
                classPath,
                ExportBenchmark.class.getName(),
                Integer.toString(HITS),
                dir.toString())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
            .start();
    if (!p.waitFor(5, TimeUnit.MINUTES)) {
      p.destroyForcibly();
      throw new AssertionError("the export JVM did not finish in 5 minutes");
    }
    String output = Files.readString(log);
    assertThat(p.exitValue()).as("exit code of the export JVM; its output:%n%s", output).isZero();
    for (String line : output.split("\n")) {
      String[] parts = line.split(" ", 2);
      if (parts.length == 2 && parts[1].startsWith("hits=")) {
        lines.put(parts[0], parts[1]);
      }
    }
    System.out.println("Export of " + HITS + " hits with -Xmx" + HEAP + ":\n" + output);
  }

  @Test
  void everyExporterFinishedWithinTheCappedHeap() {
    assertThat(lines).containsOnlyKeys("csv", "json", "jsonl", "html", "xlsx");
    for (String id : List.of("csv", "json", "jsonl", "html")) {
      long bytes = Long.parseLong(lines.get(id).replaceAll(".*bytes=(\\d+).*", "$1"));
      assertThat(bytes).as(id + " file size").isGreaterThan(32L * 1024 * 1024 * 6 / 10);
    }
  }

  @Test
  void csvHoldsEveryHit() throws IOException {
    try (Reader r = Files.newBufferedReader(dir.resolve("export.csv"), StandardCharsets.UTF_8);
        CSVParser p = CSVFormat.RFC4180.parse(r)) {
      long n = 0;
      CSVRecord last = null;
      for (CSVRecord rec : p) {
        n++;
        last = rec;
      }
      assertThat(n).isEqualTo(HITS + 1);
      assertThat(last.get(HitColumns.RANK)).isEqualTo(Integer.toString(HITS));
      assertThat(last.get(HitColumns.TITLE)).isEqualTo("تقرير رقم " + HITS + " عن الصواريخ الباليستية");
    }
  }

  @Test
  void jsonHoldsEveryHit() throws IOException {
    try (InputStream in = Files.newInputStream(dir.resolve("export.json"));
        JsonParser p = ExportSchema.MAPPER.createParser(in)) {
      int hits = 0;
      int depth = 0;
      String section = "";
      JsonToken t;
      while ((t = p.nextToken()) != null) {
        if (t == JsonToken.PROPERTY_NAME && depth == 1) {
          section = p.currentName();
        } else if (t == JsonToken.START_OBJECT) {
          depth++;
          if (depth == 2 && section.equals("hits")) {
            hits++;
          }
        } else if (t == JsonToken.END_OBJECT) {
          depth--;
        }
      }
      assertThat(hits).isEqualTo(HITS);
    }
  }

  @Test
  void jsonLinesHoldEveryHit() throws IOException {
    try (BufferedReader r = Files.newBufferedReader(dir.resolve("export.jsonl"))) {
      List<String> sample = new ArrayList<>();
      long n = r.lines().peek(l -> { if (sample.isEmpty()) sample.add(l); }).count();
      assertThat(n).isEqualTo(HITS);
      assertThat(ExportSchema.errors(ExportSchema.definition("hit"), ExportSchema.MAPPER.readTree(sample.get(0))))
          .isEmpty();
    }
  }

  @Test
  void htmlHoldsEveryHitAndEnds() throws IOException {
    String html = Files.readString(dir.resolve("export.html"));
    int cards = 0;
    for (int at = html.indexOf("<article class=\"hit\""); at >= 0; at = html.indexOf("<article class=\"hit\"", at + 1)) {
      cards++;
    }
    assertThat(cards).isEqualTo(HITS);
    assertThat(html).contains("id=\"hit-" + HITS + "\"").endsWith("</html>\n");
  }

  @Test
  void xlsxHoldsEveryHit() throws IOException {
    try (XSSFWorkbook book = new XSSFWorkbook(dir.resolve("export.xlsx").toFile())) {
      XSSFSheet sheet = book.getSheetAt(0);
      assertThat(sheet.getLastRowNum()).isEqualTo(HITS);
      assertThat(sheet.getRow(HITS).getCell(HitColumns.RANK).getNumericCellValue()).isEqualTo(HITS);
    } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
      throw new IOException(e);
    }
  }
}
