package org.fahras.plugins.solrcloud;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.fahras.api.backend.BackendRecord;
import org.junit.jupiter.api.Test;

/** The backend's pieces that need no cluster: settings, record mapping, filters, snippets. */
class SolrCloudBackendPartsTest {

  @Test
  void settingsAreValidatedWithDefaults() {
    SolrCloudBackendProvider.Settings s = SolrCloudBackendProvider.validate(Map.of("zk", "zk1:2181,zk2:2182/solr/fahras"));
    assertThat(s).isEqualTo(new SolrCloudBackendProvider.Settings("zk1:2181,zk2:2182/solr/fahras", "fahras", 1, null, "fahras"));
    assertThat(SolrCloudBackendProvider.validate(Map.of("zk", "10.0.0.1:9983", "replicas", "3", "shards", "4", "collection", "arc_2024")))
        .isEqualTo(new SolrCloudBackendProvider.Settings("10.0.0.1:9983", "arc_2024", 4, 3, "fahras"));
    assertThatThrownBy(() -> SolrCloudBackendProvider.validate(Map.of("zk", "zk1:99999")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("setting zk");
    assertThatThrownBy(() -> SolrCloudBackendProvider.validate(Map.of("zk", "zk1:2181,")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("setting zk");
    assertThatThrownBy(() -> SolrCloudBackendProvider.validate(Map.of("zk", "zk1:2181", "configset", "-x")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("setting configset");
  }

  @Test
  void recordsGetTheirTextFieldsAndASortName() {
    BackendRecord r =
        new BackendRecord(
            "/a/b.zip",
            "/a/b.zip!/c/تقرير.txt",
            "doc",
            Map.of("body", List.of("نص"), "ext", List.of("txt"), "size", List.of(12L), "name_sort", List.of("x")));
    IndexRecord ir = SolrCloudBackend.toIndexRecord(r);
    assertThat(ir.body()).isEqualTo("نص");
    assertThat(ir.title()).isNull();
    assertThat(ir.fields()).containsEntry("name_sort", List.of("1تقرير.txt")).containsEntry("size", List.of(12L));
    assertThat(ir.fields()).doesNotContainKey("body");
    BackendRecord titled = new BackendRecord("/a", "/a", "doc", Map.of("title", List.of("  العنوان "), "body", List.of("x")));
    assertThat(SolrCloudBackend.toIndexRecord(titled).fields()).containsEntry("name_sort", List.of("1العنوان"));
  }

  @Test
  void sortNamesGroupDigitsThenArabicThenOtherScripts() {
    assertThat(SolrCloudBackend.sortName("2024 تقرير")).isEqualTo("02024 تقرير");
    assertThat(SolrCloudBackend.sortName("بحث")).isEqualTo("1بحث");
    assertThat(SolrCloudBackend.sortName("README.md")).isEqualTo("2README.md");
  }

  @Test
  void snippetsAreEscapedAsTheDesktopEscapesThem() {
    List<String> solr = List.of("a &lt;b&gt; &#x2F; &#x27;q&#x27;   <mark>كلمة</mark>\n&amp;lt;", "  ");
    assertThat(SolrCloudBackend.desktopSnippets(solr, true)).containsExactly("a &lt;b&gt; / &#39;q&#39; <mark>كلمة</mark> &amp;lt;");
    assertThat(SolrCloudBackend.desktopSnippets(List.of("x\n\n<mark>y</mark> &#x2F;"), false)).containsExactly("x\n\n<mark>y</mark> /");
  }
}
