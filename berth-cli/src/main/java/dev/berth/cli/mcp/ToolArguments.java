package dev.berth.cli.mcp;

import io.modelcontextprotocol.spec.McpSchema;
import java.util.Map;
import java.util.Optional;

/** The arguments of one tool call, with errors a client can act on. */
final class ToolArguments {

  private final Map<String, Object> values;

  ToolArguments(McpSchema.CallToolRequest request) {
    this.values = request.arguments() == null ? Map.of() : request.arguments();
  }

  String requiredString(String name) {
    return optionalString(name)
        .orElseThrow(() -> new IllegalArgumentException("\"" + name + "\" is required"));
  }

  Optional<String> optionalString(String name) {
    Object value = values.get(name);
    if (value == null) {
      return Optional.empty();
    }
    if (!(value instanceof String text)) {
      throw new IllegalArgumentException("\"" + name + "\" must be a string");
    }
    return Optional.of(text);
  }

  Object raw(String name) {
    return values.get(name);
  }

  /** A tool error result: the message, marked as an error for the client. */
  static McpSchema.CallToolResult error(String message) {
    return McpSchema.CallToolResult.builder().isError(true).addTextContent(message).build();
  }
}
