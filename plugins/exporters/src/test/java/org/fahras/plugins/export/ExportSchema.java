package org.fahras.plugins.export;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The plugin's JSON Schema (draft 2020-12), loaded from its resources, with format assertions. */
final class ExportSchema {

  static final JsonMapper MAPPER = JsonMapper.shared();

  private static final SchemaRegistry REGISTRY =
      SchemaRegistry.withDefaultDialect(
          SpecificationVersion.DRAFT_2020_12,
          b ->
              b.schemaRegistryConfig(
                  SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));

  private static final ObjectNode SCHEMA = load();

  private ExportSchema() {}

  private static ObjectNode load() {
    try (InputStream in =
        ExportSchema.class.getResourceAsStream("/org/fahras/plugins/export/fahras-export.schema.json")) {
      return (ObjectNode) MAPPER.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The schema's root: the json export's results document. */
  static Schema results() {
    return REGISTRY.getSchema(SCHEMA);
  }

  /** One of the schema's {@code $defs} (hit, entityRow, entityTable …), as a schema of its own. */
  static Schema definition(String name) {
    ObjectNode copy = SCHEMA.deepCopy();
    copy.put("$ref", "#/$defs/" + name);
    return REGISTRY.getSchema(copy);
  }

  /** The validation errors of {@code json} against {@code schema}. */
  static List<Error> errors(Schema schema, JsonNode json) {
    return schema.validate(json);
  }
}
