package org.fahras.plugins.tika;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.fahras.api.ParsedDocument;
import org.fahras.api.ParsedDocument.EmbeddedDocument;

/**
 * Turns the flat metadata list of Tika's {@code RecursiveParserWrapper} (container first, then one
 * entry per embedded resource) into a tree of {@link ParsedDocument}s.
 *
 * <p>The tree follows {@code X-TIKA:embedded_id_path} ({@code /1/3}: resource 3 inside resource 1),
 * which is unique even where two entries share a file name. Entries appear in the order Tika met
 * them. An entry whose parse failed is left out, and its container gets a warning naming it; its
 * own entries are left out with it. Thumbnails (a preview image of their container) and {@linkplain
 * #isPartOfItsContainer pieces of their container} (an e-book's navigation, chapters, stylesheets
 * and fonts; pictures without text inside documents) are left out silently, and so are the lines
 * naming them in the container's text (in documents, the lines naming any entry). The entries of a
 * tar inside a compressed file are the compressed file's own.
 */
final class DocumentAssembler {

  private static final MediaType EBOOK = MediaType.application("epub+zip");

  /** Containers whose pictures are files in their own right. */
  private static final Set<String> ARCHIVES_AND_MAIL =
      Set.of(
          "application/zip",
          "application/x-tar",
          "application/x-gtar",
          "application/x-7z-compressed",
          "application/x-cpio",
          "application/x-rar-compressed",
          "application/vnd.ms-cab-compressed",
          "application/x-archive",
          "application/mbox",
          "message/rfc822",
          "application/vnd.ms-outlook",
          "application/vnd.ms-tnef");

  /** Single-file compressors, whose one entry is the file they compress. */
  private static final Set<String> COMPRESSORS =
      Set.of(
          "application/gzip",
          "application/x-gzip",
          "application/x-bzip2",
          "application/x-xz",
          "application/x-compress",
          "application/x-lzma",
          "application/zstd",
          "application/x-lz4");

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
    Node source = archiveInsideCompressor(node);
    if (source != node) {
      warnings.addAll(TikaWarnings.of(source.metadata, writeLimit));
    }
    boolean document = !isArchiveOrMail(type(node));
    List<String> droppedNames = new ArrayList<>();
    for (Node child : source.children) {
      boolean dropped = child.isThumbnail() || isPartOfItsContainer(child, source);
      // Tika writes each entry's name into its container's text: noise in a document's text
      // (oleObject1.bin), the listing of an archive.
      if (dropped || document) {
        droppedNames.add(child.metadata.get(TikaCoreProperties.RESOURCE_NAME_KEY));
        droppedNames.add(child.metadata.get(TikaCoreProperties.INTERNAL_PATH));
      }
      if (dropped) {
        continue;
      }
      String entryPath = entryPath(child, source);
      String failure = TikaWarnings.embeddedFailure(child.metadata);
      if (failure != null) {
        warnings.add("skipped entry '" + entryPath + "': " + failure);
      } else {
        embedded.add(new EmbeddedDocument(entryPath, toDocument(child, writeLimit)));
      }
    }
    MetadataMapper fields = new MetadataMapper(node.metadata);
    String text = withoutNameLines(new MetadataMapper(source.metadata).text(), droppedNames);
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
   * The tar inside a compressed file ({@code .tar.gz}, {@code .tar.bz2}, {@code .tar.xz}), whose
   * entries are shown as the compressed file's own ({@code a.tar.gz!/notes.txt}, not {@code
   * a.tar.gz!/a.tar!/notes.txt}); else {@code node} itself.
   */
  static Node archiveInsideCompressor(Node node) {
    if (node.children.size() != 1 || !COMPRESSORS.contains(type(node).getBaseType().toString())) {
      return node;
    }
    Node only = node.children.get(0);
    return isArchiveOrMail(type(only)) && TikaWarnings.embeddedFailure(only.metadata) == null
        ? only
        : node;
  }

  private static MediaType type(Node node) {
    MediaType type = MediaType.parse(new MetadataMapper(node.metadata).contentType());
    return type == null ? MediaType.OCTET_STREAM : type;
  }

  /**
   * Whether {@code child} is a piece of its container rather than a document of its own: the
   * navigation document, spine parts, stylesheets and fonts of an e-book, and pictures without
   * text inside any document (not in an archive or e-mail, where a picture is a file the user
   * stored or sent). Such pieces would show as separate, near-empty results.
   */
  static boolean isPartOfItsContainer(Node child, Node container) {
    if (!child.children.isEmpty()) {
      return false;
    }
    MediaType type = MediaType.parse(new MetadataMapper(child.metadata).contentType());
    MediaType parent = MediaType.parse(new MetadataMapper(container.metadata).contentType());
    String main = type == null ? "" : type.getType();
    String sub = type == null ? "" : type.getSubtype();
    boolean blank = new MetadataMapper(child.metadata).text().isEmpty();
    if (parent != null && EBOOK.equals(parent.getBaseType())) {
      return sub.equals("xhtml+xml")
          || sub.equals("html")
          || sub.equals("css")
          || sub.equals("x-dtbncx+xml")
          || isFont(main, sub)
          || (main.equals("image") && blank);
    }
    return main.equals("image") && blank && parent != null && !isArchiveOrMail(parent);
  }

  private static boolean isFont(String main, String sub) {
    return main.equals("font")
        || sub.contains("font")
        || sub.equals("vnd.ms-opentype")
        || sub.equals("vnd.ms-fontobject");
  }

  private static boolean isArchiveOrMail(MediaType type) {
    String base = type.getBaseType().toString();
    return ARCHIVES_AND_MAIL.contains(base) || COMPRESSORS.contains(base);
  }

  /**
   * {@code text} without the lines that are just the name of a dropped entry: Tika writes each
   * entry's name into its container's text.
   */
  static String withoutNameLines(String text, List<String> names) {
    if (names.isEmpty()) {
      return text;
    }
    StringBuilder kept = new StringBuilder(text.length());
    for (String line : text.split("\n", -1)) {
      String trimmed = line.strip();
      if (!trimmed.isEmpty() && names.contains(trimmed)) {
        continue;
      }
      kept.append(line).append('\n');
    }
    return kept.toString().strip().replaceAll("\n{3,}", "\n\n");
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
    boolean nameless = path.isEmpty() || path.matches("embedded-\\d+");
    if (!nameless) {
      return path;
    }
    // Nameless entries (Tika calls them embedded-N): the messages of an mbox, objects in office
    // files.
    boolean message = "message/rfc822".equals(new MetadataMapper(child.metadata).contentType());
    return (message ? "message-" : "embedded-") + child.embeddedId();
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
