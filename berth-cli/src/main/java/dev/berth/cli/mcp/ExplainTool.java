package dev.berth.cli.mcp;

import dev.berth.diagnose.CauseRenderer;
import dev.berth.diagnose.Diagnosis;
import dev.berth.diagnose.MessageExplainer;
import io.modelcontextprotocol.json.McpJsonMapper;
import io.modelcontextprotocol.spec.McpSchema;
import java.util.List;

/** The {@code explain_failure} tool: {@code berth explain} on a pasted message. */
final class ExplainTool {

  private static final String INPUT_SCHEMA =
      """
      {
        "type": "object",
        "properties": {
          "message": {
            "type": "string",
            "description": "A task's stoppedReason, a container's reason, a service event or an AWS CLI error, as pasted."
          }
        },
        "required": ["message"]
      }
      """;

  private final McpJsonMapper mapper;

  ExplainTool(McpJsonMapper mapper) {
    this.mapper = mapper;
  }

  McpSchema.Tool tool() {
    return McpSchema.Tool.builder()
        .name("explain_failure")
        .title("Explain an ECS failure message")
        .description(
            "Names the likely causes of an ECS, Fargate or ECR failure message, most likely first,"
                + " each with what in the message points to it and what to check next.")
        .inputSchema(mapper, INPUT_SCHEMA)
        .annotations(
            new McpSchema.ToolAnnotations(
                "Explain an ECS failure message", true, false, true, false, null))
        .build();
  }

  McpSchema.CallToolResult call(McpSchema.CallToolRequest request) {
    String message;
    try {
      message = new ToolArguments(request).requiredString("message");
    } catch (IllegalArgumentException e) {
      return ToolArguments.error(e.getMessage());
    }
    List<Diagnosis> causes = new MessageExplainer().explain(message);
    CauseRenderer renderer = new CauseRenderer();
    return McpSchema.CallToolResult.builder()
        .addTextContent(renderer.explainText(causes))
        .structuredContent(mapper, renderer.explainJson(causes))
        .isError(false)
        .build();
  }
}
