package org.fahras.app.index;

import static org.assertj.core.api.Assertions.assertThat;

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
}
