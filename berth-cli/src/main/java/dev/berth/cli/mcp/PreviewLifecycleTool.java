package dev.berth.cli.mcp;

import dev.berth.check.Checker;
import dev.berth.check.Finding;
import dev.berth.check.RuleRegistry;
import dev.berth.check.Severity;
import dev.berth.ecr.Image;
import dev.berth.ecr.ImageDetailsReader;
import dev.berth.ecr.InvalidLifecyclePolicyException;
import dev.berth.ecr.LifecycleEvaluator;
import dev.berth.ecr.LifecyclePolicy;
import dev.berth.ecr.LifecyclePreview;
import dev.berth.model.Workload;
import dev.berth.model.WorkloadReader;
import dev.berth.report.PreviewJsonRenderer;
import dev.berth.report.PreviewTableRenderer;
import dev.berth.report.Report;
import dev.berth.report.TextRenderer;
import dev.berth.source.InputError;
import io.modelcontextprotocol.json.McpJsonMapper;
import io.modelcontextprotocol.spec.McpSchema;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The {@code preview_lifecycle_policy} tool: {@code berth ecr preview} on a policy and a
 * describe-images output sent as text. Offline: it never calls ECR.
 */
final class PreviewLifecycleTool {

  private static final String INPUT_SCHEMA =
      """
      {
        "type": "object",
        "properties": {
          "policy": {"type": "string", "description": "The lifecycle policy JSON ({\\"rules\\": [...]})."},
          "images": {"type": "string", "description": "The repository's images: aws ecr describe-images --output json."},
          "at": {"type": "string", "description": "Evaluation time, ISO 8601 with offset (e.g. 2026-12-04T00:00:00Z); default now."}
        },
        "required": ["policy", "images"]
      }
      """;

  private final McpJsonMapper mapper;

  PreviewLifecycleTool(McpJsonMapper mapper) {
    this.mapper = mapper;
  }

  McpSchema.Tool tool() {
    return McpSchema.Tool.builder()
        .name("preview_lifecycle_policy")
        .title("Preview an ECR lifecycle policy")
        .description(
            "Validates an ECR lifecycle policy and says, image by image, whether ECR would keep,"
                + " expire or archive it and by which rule, with a summary of bytes freed.")
        .inputSchema(mapper, INPUT_SCHEMA)
        .annotations(
            new McpSchema.ToolAnnotations(
                "Preview an ECR lifecycle policy", true, false, true, false, null))
        .build();
  }

  McpSchema.CallToolResult call(McpSchema.CallToolRequest request) {
    ToolArguments arguments = new ToolArguments(request);
    String policyText;
    String imagesText;
    Instant at;
    try {
      policyText = arguments.requiredString("policy");
      imagesText = arguments.requiredString("images");
      at = arguments.optionalString("at").map(PreviewLifecycleTool::instant).orElse(Instant.now());
    } catch (IllegalArgumentException e) {
      return ToolArguments.error(e.getMessage());
    }

    WorkloadReader reader = new WorkloadReader();
    reader.add("policy.json", policyText);
    List<LifecyclePolicy> policies = reader.workload().lifecyclePolicies();
    if (!reader.errors().isEmpty() || policies.size() != 1) {
      return ToolArguments.error(
          reader.errors().isEmpty()
              ? "policy: expected one lifecycle policy ({\"rules\": [...]})"
              : lines(reader.errors()));
    }
    List<Finding> findings =
        new Checker(RuleRegistry.withPrefix("ECR"))
            .check(Workload.of(List.of(), List.of(policies.get(0))));
    String validation = new TextRenderer(false).render(new Report(findings, List.of()));
    if (findings.stream().anyMatch(f -> f.severity() == Severity.ERROR)) {
      return ToolArguments.error("the policy has errors ECR would reject:\n" + validation);
    }

    ImageDetailsReader details = ImageDetailsReader.read("images.json", imagesText);
    if (!details.errors().isEmpty()) {
      return ToolArguments.error(lines(details.errors()));
    }
    List<Image> images = details.images();
    LifecyclePreview preview;
    try {
      preview = LifecycleEvaluator.evaluate(policies.get(0).rules(), images, at);
    } catch (InvalidLifecyclePolicyException e) {
      return ToolArguments.error(e.getMessage());
    }
    return McpSchema.CallToolResult.builder()
        .addTextContent(validation + new PreviewTableRenderer().render(preview))
        .structuredContent(mapper, new PreviewJsonRenderer().render(preview))
        .isError(false)
        .build();
  }

  private static Instant instant(String text) {
    try {
      return OffsetDateTime.parse(text.strip()).toInstant();
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          "\"at\" is not an ISO 8601 time with an offset; write 2026-12-04T00:00:00Z");
    }
  }

  private static String lines(List<InputError> errors) {
    return errors.stream()
        .map(e -> e.file() + ":" + e.line() + ":" + e.column() + ": " + e.message())
        .collect(Collectors.joining("\n"));
  }
}
