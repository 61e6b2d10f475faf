package dev.berth.cli.mcp;

import dev.berth.cli.check.CheckRun;
import dev.berth.report.JsonRenderer;
import dev.berth.report.Report;
import dev.berth.report.TextRenderer;
import io.modelcontextprotocol.json.McpJsonMapper;
import io.modelcontextprotocol.spec.McpSchema;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code check_task_definitions} tool: {@code berth check} on paths on this machine or on
 * documents sent as text. Its structured result has the shape of {@code berth check --format json}.
 */
final class CheckTool {

  private static final String INPUT_SCHEMA =
      """
      {
        "type": "object",
        "properties": {
          "paths": {
            "type": "array",
            "items": {"type": "string"},
            "description": "Files or folders on this machine; folders are searched for *.json."
          },
          "documents": {
            "type": "array",
            "description": "Documents to check, given as text.",
            "items": {
              "type": "object",
              "properties": {
                "name": {"type": "string", "description": "File name used in findings."},
                "content": {"type": "string", "description": "The document's JSON text."}
              },
              "required": ["name", "content"]
            }
          }
        }
      }
      """;

  private final McpJsonMapper mapper;

  CheckTool(McpJsonMapper mapper) {
    this.mapper = mapper;
  }

  McpSchema.Tool tool() {
    return McpSchema.Tool.builder()
        .name("check_task_definitions")
        .title("Check ECS task definitions")
        .description(
            "Finds the known ECS mistakes in task definitions (invalid Fargate sizes, wrong"
                + " network mode, missing execution role, malformed secret ARNs, ...) with file,"
                + " line, column, JSON pointer and the fix. Secret values are never returned.")
        .inputSchema(mapper, INPUT_SCHEMA)
        .annotations(
            new McpSchema.ToolAnnotations(
                "Check ECS task definitions", true, false, true, false, null))
        .build();
  }

  McpSchema.CallToolResult call(McpSchema.CallToolRequest request) {
    Map<String, Object> arguments = request.arguments() == null ? Map.of() : request.arguments();
    Report report;
    try {
      report = run(arguments);
    } catch (IllegalArgumentException e) {
      return McpSchema.CallToolResult.builder()
          .isError(true)
          .addTextContent(e.getMessage())
          .build();
    }
    return McpSchema.CallToolResult.builder()
        .addTextContent(new TextRenderer(false).render(report))
        .structuredContent(mapper, new JsonRenderer().render(report))
        .isError(false)
        .build();
  }

  private static Report run(Map<String, Object> arguments) {
    Object paths = arguments.get("paths");
    Object documents = arguments.get("documents");
    if (paths == null && documents == null) {
      throw new IllegalArgumentException("give \"paths\" or \"documents\" to check");
    }
    if (documents != null) {
      Map<String, String> texts = new LinkedHashMap<>();
      for (Object item : list(documents, "documents")) {
        if (!(item instanceof Map<?, ?> document)
            || !(document.get("name") instanceof String name)
            || !(document.get("content") instanceof String content)) {
          throw new IllegalArgumentException("each document needs a \"name\" and a \"content\"");
        }
        texts.put(name, content);
      }
      return CheckRun.ofDocuments(texts);
    }
    List<Path> files =
        list(paths, "paths").stream()
            .map(
                p -> {
                  if (!(p instanceof String path)) {
                    throw new IllegalArgumentException("\"paths\" must be strings");
                  }
                  return Path.of(path);
                })
            .toList();
    return CheckRun.ofPaths(files);
  }

  private static List<?> list(Object value, String name) {
    if (!(value instanceof List<?> list)) {
      throw new IllegalArgumentException("\"" + name + "\" must be a list");
    }
    return list;
  }
}
