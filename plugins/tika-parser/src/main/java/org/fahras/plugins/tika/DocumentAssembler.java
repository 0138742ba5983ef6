package org.fahras.plugins.tika;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.fahras.api.ParsedDocument;
import org.fahras.api.ParsedDocument.EmbeddedDocument;

/**
 * Turns the flat metadata list of Tika's {@code RecursiveParserWrapper} (container first, then one
 * entry per embedded resource) into a tree of {@link ParsedDocument}s.
 *
 * <p>The tree follows {@code X-TIKA:embedded_id_path} ({@code /1/3}: resource 3 inside resource 1),
 * which is unique even where two entries share a file name. Entries appear in the order Tika met
 * them. An entry whose parse failed is left out, and its container gets a warning naming it; its
 * own entries are left out with it. Thumbnails (a preview image of their container) are left out
 * silently.
 */
final class DocumentAssembler {

  private final LanguageGuesser languages = new LanguageGuesser();

  /**
   * Assembles the tree.
   *
   * @param resources the wrapper's metadata list; never empty
   * @param writeLimit the text limit the parse ran with, named in the cut-text warning
   */
  ParsedDocument assemble(List<Metadata> resources, int writeLimit) {
    Node root = new Node(resources.get(0), "");
    Map<String, Node> byIdPath = new HashMap<>();
    byIdPath.put("", root);
    List<Node> embedded = new ArrayList<>();
    for (Metadata metadata : resources.subList(1, resources.size())) {
      Node node = new Node(metadata, idPath(metadata));
      byIdPath.putIfAbsent(node.idPath, node);
      embedded.add(node);
    }
    // The wrapper lists a resource when it ends, so children come before their container.
    embedded.sort(Comparator.comparingInt(Node::embeddedId));
    for (Node node : embedded) {
      byIdPath.getOrDefault(node.parentIdPath(), root).children.add(node);
    }
    return toDocument(root, writeLimit);
  }

  private ParsedDocument toDocument(Node node, int writeLimit) {
    List<String> warnings = new ArrayList<>(TikaWarnings.of(node.metadata, writeLimit));
    List<EmbeddedDocument> embedded = new ArrayList<>();
    for (Node child : node.children) {
      if (child.isThumbnail()) {
        continue;
      }
      String entryPath = entryPath(child, node);
      String failure = TikaWarnings.embeddedFailure(child.metadata);
      if (failure != null) {
        warnings.add("skipped entry '" + entryPath + "': " + failure);
      } else {
        embedded.add(new EmbeddedDocument(entryPath, toDocument(child, writeLimit)));
      }
    }
    MetadataMapper fields = new MetadataMapper(node.metadata);
    String text = fields.text();
    return new ParsedDocument(
        text,
        fields.title(),
        fields.author(),
        fields.created(),
        fields.modified(),
        languages.guess(text),
        fields.contentType(),
        fields.extras(),
        embedded,
        warnings);
  }

  /**
   * The entry's path inside its immediate container, without a leading slash.
   *
   * <p>Archive parsers record the full entry path ({@code docs/report.pdf}) as {@code
   * X-TIKA:internalPath}; {@code X-TIKA:embedded_resource_path} keeps only file names ({@code
   * /report.pdf}), so it is the fallback: its end after the container's own path.
   */
  static String entryPath(Node child, Node container) {
    String path = child.metadata.get(TikaCoreProperties.INTERNAL_PATH);
    if (path == null || path.isBlank()) {
      path = child.resourcePath();
      String prefix = container.resourcePath() + "/";
      if (path.startsWith(prefix)) {
        path = path.substring(prefix.length());
      }
    }
    while (path.startsWith("/")) {
      path = path.substring(1);
    }
    return path.isEmpty() ? "embedded-" + child.embeddedId() : path;
  }

  private static String idPath(Metadata metadata) {
    String path = metadata.get(TikaCoreProperties.EMBEDDED_ID_PATH);
    return path == null ? "/" + metadata.get(TikaCoreProperties.EMBEDDED_ID) : path;
  }

  /** One resource of the list, with the resources directly inside it. */
  static final class Node {
    final Metadata metadata;
    final String idPath;
    final List<Node> children = new ArrayList<>();

    Node(Metadata metadata, String idPath) {
      this.metadata = metadata;
      this.idPath = idPath;
    }

    String parentIdPath() {
      int slash = idPath.lastIndexOf('/');
      return slash <= 0 ? "" : idPath.substring(0, slash);
    }

    String resourcePath() {
      String path = metadata.get(TikaCoreProperties.EMBEDDED_RESOURCE_PATH);
      return path == null ? "" : path;
    }

    /** A preview picture of its container (ODF, OOXML): an image of text indexed already. */
    boolean isThumbnail() {
      return "THUMBNAIL".equals(metadata.get(TikaCoreProperties.EMBEDDED_RESOURCE_TYPE));
    }

    int embeddedId() {
      Integer id = metadata.getInt(TikaCoreProperties.EMBEDDED_ID);
      return id == null ? Integer.MAX_VALUE : id;
    }
  }
}
