package org.fahras.app.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.fahras.api.ResultExporter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code fahras export --list}: the installed exporters (export itself: {@code search --export}). */
@Command(
    name = "export",
    description = {
      "List the installed exporters (--list). To export, search with --export FORMAT --out FILE:"
          + " fahras search 'كوريا' --export csv --out hits.csv"
    })
final class ExportCommand implements Callable<Integer> {

  @Spec CommandSpec spec;
  @Mixin AppContext context;

  @Option(names = "--list", description = "List the exporters: id, file extension, media type, name.")
  boolean list;

  @Option(names = "--json", description = "Print the list as JSON.")
  boolean json;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    List<ResultExporter> exporters = context.host().extensions(ResultExporter.class);
    if (!list && !json) {
      spec.commandLine().usage(out);
      return 0;
    }
    if (json) {
      List<Object> items = new ArrayList<>();
      for (ResultExporter e : exporters) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", e.id());
        m.put("extension", e.fileExtension());
        m.put("mediaType", e.mediaType());
        m.put("label", e.label(Locale.ENGLISH));
        m.put("labelAr", e.label(Locale.forLanguageTag("ar")));
        items.add(m);
      }
      out.println(Json.write(Map.of("exporters", items)));
    } else if (exporters.isEmpty()) {
      out.println("no exporter plugin is installed");
    } else {
      for (ResultExporter e : exporters) {
        out.printf("%-8s .%-6s %-50s %s%n", e.id(), e.fileExtension(), e.mediaType(), e.label(Locale.ENGLISH));
      }
    }
    out.flush();
    return 0;
  }
}
