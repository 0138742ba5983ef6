package org.fahras.plugins.solrcloud;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ConnectException;
import java.util.List;
import java.util.Map;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.impl.BaseHttpSolrClient;
import org.apache.solr.common.SolrException;
import org.apache.solr.common.SolrInputDocument;
import org.junit.jupiter.api.Test;

/** The client's pieces that need no cluster: retry policy, records, the bundled configset. */
class SolrCloudIndexTest {

  @Test
  void connectionFailuresAndServerErrorsAreRetriedClientErrorsBriefly() {
    assertThat(SolrCloudIndex.attemptsFor(new SolrServerException(new ConnectException("refused")))).isEqualTo(Integer.MAX_VALUE);
    assertThat(SolrCloudIndex.attemptsFor(new IOException("reset"))).isEqualTo(Integer.MAX_VALUE);
    assertThat(SolrCloudIndex.attemptsFor(new BaseHttpSolrClient.RemoteSolrException("h", 503, "no leader", null)))
        .isEqualTo(Integer.MAX_VALUE);
    assertThat(SolrCloudIndex.attemptsFor(new SolrException(SolrException.ErrorCode.SERVICE_UNAVAILABLE, "down")))
        .isEqualTo(Integer.MAX_VALUE);
    assertThat(SolrCloudIndex.attemptsFor(new BaseHttpSolrClient.RemoteSolrException("h", 400, "parsing error", null)))
        .isEqualTo(SolrCloudIndex.CLIENT_ERROR_ATTEMPTS);
    assertThat(SolrCloudIndex.attemptsFor(new IllegalStateException("bug"))).isEqualTo(1);
  }

  @Test
  void recordsBecomeSolrDocumentsWithTheirFields() {
    IndexRecord r =
        IndexRecord.document("/a/b.zip", "/a/b.zip!/c.txt", "عنوان", "نص")
            .with("ext", "txt")
            .with("person", "أحمد", "سارة")
            .with("date", 1_700_000_000_000L);
    SolrInputDocument d = SolrCloudIndex.toSolr(r);
    assertThat(d.getFieldValue("path")).isEqualTo("/a/b.zip!/c.txt");
    assertThat(d.getFieldValue("file")).isEqualTo("/a/b.zip");
    assertThat(d.getFieldValue("kind")).isEqualTo("doc");
    assertThat(d.getFieldValue("title")).isEqualTo("عنوان");
    assertThat(d.getFieldValue("body")).isEqualTo("نص");
    assertThat(d.getFieldValues("person")).containsExactly("أحمد", "سارة");
    assertThat(d.getFieldValue("date")).isEqualTo(1_700_000_000_000L);
    assertThat(d.getFieldNames()).doesNotContain("author");
  }

  @Test
  void aBlockHoldsOnlyItsOwnFilesRecords() {
    IndexRecord other = IndexRecord.document("/x", "/x", null, "نص");
    assertThatThrownBy(() -> new FileBlock("/y", List.of(other))).hasMessageContaining("belongs to /x");
    assertThatThrownBy(() -> new IndexRecord("/x", "/x", "doc", null, null, null, Map.of("a", List.of())).with("b", 1).fields().put("c", List.of()))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void theBundledConfigsetIsWrittenOut(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws IOException {
    SolrCloudIndex.writeBundledConfigSet(dir.resolve("conf"));
    String schema = java.nio.file.Files.readString(dir.resolve("conf/schema.xml"));
    assertThat(schema).contains("org.fahras.solr.FahrasArabicTokenizerFactory").contains("<uniqueKey>path</uniqueKey>");
    assertThat(java.nio.file.Files.readString(dir.resolve("conf/solrconfig.xml"))).contains("org.fahras.solr.FahrasQParserPlugin");
  }
}
