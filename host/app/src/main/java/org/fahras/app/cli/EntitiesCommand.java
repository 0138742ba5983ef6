package org.fahras.app.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.fahras.api.DocumentParseException;
import org.fahras.api.DocumentParser;
import org.fahras.api.EntityRecognizer.EntitySpan;
import org.fahras.api.EntityRecognizer.UserEntity;
import org.fahras.api.ParseRequest;
import org.fahras.api.ParsedDocument;
import org.fahras.app.config.AppPaths;
import org.fahras.app.entities.EntityExtraction;
import org.fahras.app.entities.UserEntities;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code fahras entities}: the named entities in one file's extracted text, or the user's own
 * entity names ({@code --add}, {@code --remove}, {@code --list}).
 */
@Command(
    name = "entities",
    description = {
      "Print the entities (persons, places, organisations, dates …) found in FILE's extracted text,"
          + " with their offsets in that text; or manage your own entity names (--add, --remove, --list)."
    })
final class EntitiesCommand implements Callable<Integer> {

  @Spec CommandSpec spec;
  @Mixin AppContext context;

  @Parameters(arity = "0..1", paramLabel = "FILE", description = "The document to read.")
  Path file;

  @Option(names = "--json", description = "Print one JSON object: {\"entities\":[{start, end, type, text, normalized}]}.")
  boolean json;

  @Option(
      names = "--add",
      paramLabel = "NAME=TYPE",
      description = "Add your own entity name (TYPE: PERSON, LOCATION, ORGANIZATION, DATE …); re-index to see it in facets.")
  List<String> add = new ArrayList<>();

  @Option(names = "--remove", paramLabel = "NAME", description = "Remove one of your own entity names.")
  List<String> remove = new ArrayList<>();

  @Option(names = "--list", description = "List your own entity names.")
  boolean list;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Path userFile = UserEntities.file(AppPaths.system().dataDir());
    if (!add.isEmpty() || !remove.isEmpty() || list) {
      for (String a : add) {
        int eq = a.lastIndexOf('=');
        if (eq <= 0 || eq == a.length() - 1) {
          err.println("fahras: --add takes NAME=TYPE, e.g. \"مجلس الحكماء=ORGANIZATION\", not '" + a + "'");
          return 2;
        }
        UserEntities.add(userFile, a.substring(0, eq), a.substring(eq + 1));
      }
      for (String r : remove) {
        if (!UserEntities.remove(userFile, r)) {
          err.println("fahras: '" + r + "' is not among your entity names");
        }
      }
      if (list || (add.isEmpty() && remove.isEmpty())) {
        for (UserEntity e : UserEntities.load(userFile)) {
          out.println(e.text() + "\t" + e.type());
        }
      }
      out.flush();
      return file == null ? 0 : run(out, err);
    }
    if (file == null) {
      err.println("fahras: entities needs a FILE (or --add / --remove / --list)");
      return 2;
    }
    return run(out, err);
  }

  private int run(PrintWriter out, PrintWriter err) throws Exception {
    Path f = file.toAbsolutePath().normalize();
    if (!Files.isRegularFile(f)) {
      err.println("fahras: " + f + ": no such file");
      return 1;
    }
    EntityExtraction entities = context.entities(err);
    if (entities.isEmpty()) {
      err.println("fahras: no entity recogniser plugin is installed (see fahras plugins)");
      return 1;
    }
    DocumentParser parser = null;
    for (DocumentParser p : context.host().extensions(DocumentParser.class)) {
      if (p.accepts(f)) {
        parser = p;
        break;
      }
    }
    if (parser == null) {
      err.println("fahras: " + f + ": no installed parser accepts this file");
      return 1;
    }
    ParsedDocument parsed;
    try {
      parsed = parser.parse(new ParseRequest(f, ParseRequest.DEFAULT_MAX_CHARACTERS, ParseRequest.DEFAULT_TIMEOUT));
    } catch (DocumentParseException e) {
      err.println("fahras: " + f + ": " + e.getMessage());
      return 1;
    }
    List<EntitySpan> spans = entities.find(parsed.text(), parsed.language());
    if (json) {
      List<Object> list = new ArrayList<>();
      for (EntitySpan s : spans) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("start", s.start());
        m.put("end", s.end());
        m.put("type", s.type());
        m.put("text", s.text());
        m.put("normalized", s.normalized());
        list.add(m);
      }
      Map<String, Object> root = new LinkedHashMap<>();
      root.put("entities", list);
      out.println(Json.write(root));
    } else {
      for (EntitySpan s : spans) {
        out.printf("%-12s %6d-%-6d %s%s%n", s.type(), s.start(), s.end(), s.text(),
            s.normalized().equals(s.text()) ? "" : "  (" + s.normalized() + ")");
      }
      if (spans.isEmpty()) {
        out.println("no entities found");
      }
    }
    out.flush();
    return 0;
  }
}
