package dev.berth.cli.mcp;

import dev.berth.cli.diagnose.SnapshotFolder;
import dev.berth.diagnose.CauseRenderer;
import dev.berth.diagnose.DiagnoseReport;
import dev.berth.diagnose.Snapshot;
import dev.berth.diagnose.SnapshotDiagnoser;
import io.modelcontextprotocol.json.McpJsonMapper;
import io.modelcontextprotocol.spec.McpSchema;
import java.nio.file.Path;

/**
 * The {@code diagnose_snapshot} tool: {@code berth diagnose --snapshot DIR} on a directory of AWS
 * CLI outputs saved on this machine. It reads files only; it never calls AWS.
 */
final class DiagnoseSnapshotTool {

  private static final String INPUT_SCHEMA =
      """
      {
        "type": "object",
        "properties": {
          "directory": {
            "type": "string",
            "description": "A snapshot directory: describe-services.json, describe-tasks.json, ... as the AWS CLI prints them (see docs/snapshots.md), e.g. one saved with --save-snapshot."
          }
        },
        "required": ["directory"]
      }
      """;

  private final McpJsonMapper mapper;

  DiagnoseSnapshotTool(McpJsonMapper mapper) {
    this.mapper = mapper;
  }

  McpSchema.Tool tool() {
    return McpSchema.Tool.builder()
        .name("diagnose_snapshot")
        .title("Diagnose an ECS service from a saved snapshot")
        .description(
            "Reports a service's state, its recent events and task stops, and the causes the"
                + " snapshot proves, each with evidence quoted from the files; what it cannot"
                + " decide it says, naming the missing file.")
        .inputSchema(mapper, INPUT_SCHEMA)
        .annotations(
            new McpSchema.ToolAnnotations(
                "Diagnose an ECS service from a saved snapshot", true, false, true, false, null))
        .build();
  }

  McpSchema.CallToolResult call(McpSchema.CallToolRequest request) {
    Path directory;
    try {
      directory = Path.of(new ToolArguments(request).requiredString("directory"));
    } catch (IllegalArgumentException e) {
      return ToolArguments.error(e.getMessage());
    }
    Snapshot snapshot;
    try {
      snapshot = SnapshotFolder.read(directory);
    } catch (SnapshotFolder.Unusable e) {
      return ToolArguments.error(e.getMessage());
    }
    DiagnoseReport report = new SnapshotDiagnoser().diagnose(snapshot);
    CauseRenderer renderer = new CauseRenderer();
    return McpSchema.CallToolResult.builder()
        .addTextContent(renderer.diagnoseText(report))
        .structuredContent(mapper, renderer.diagnoseJson(report))
        .isError(false)
        .build();
  }
}
