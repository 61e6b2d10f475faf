package dev.berth.cli.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.berth.check.Checker;
import dev.berth.check.Severity;
import dev.berth.cli.ExitCodes;
import dev.berth.cli.UserFacingException;
import dev.berth.cli.check.InputFiles;
import dev.berth.model.WorkloadReader;
import dev.berth.report.Report;
import dev.berth.report.TextRenderer;
import dev.berth.source.InputError;
import dev.berth.source.JsonSourceReader;
import dev.berth.source.Node;
import dev.berth.source.ObjectNode;
import dev.berth.source.SourceSyntaxException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The two files a deployment is made of, read and checked: the task definition (as {@code berth
 * check} reads it) and the service (as {@code aws ecs create-service --cli-input-json} takes it).
 */
record DeployFiles(
    Path taskDefinitionFile, JsonNode taskDefinition, Path serviceFile, JsonNode service) {

  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * Reads both files and runs berth's checks on the task definition. Findings are printed; an
   * error-level finding or an unreadable file stops here.
   */
  static DeployFiles read(
      Path taskDefinitionFile, Path serviceFile, PrintWriter out, boolean colour) {
    InputFiles.Read taskDefinitionText = InputFiles.read(taskDefinitionFile);
    InputFiles.Read serviceText = InputFiles.read(serviceFile);
    WorkloadReader reader = new WorkloadReader();
    if (taskDefinitionText.error() != null) {
      reader.addError(taskDefinitionText.error());
    } else {
      reader.add(taskDefinitionText.name(), taskDefinitionText.text());
      if (reader.errors().isEmpty() && reader.workload().taskDefinitions().isEmpty()) {
        reader.addError(
            new InputError(
                taskDefinitionText.name(),
                1,
                1,
                "not a task definition: it has no containerDefinitions"));
      }
    }
    if (serviceText.error() != null) {
      reader.addError(serviceText.error());
    } else {
      serviceError(serviceText).ifPresent(reader::addError);
    }

    Report report = new Report(Checker.withAllRules().check(reader.workload()), reader.errors());
    if (!report.findings().isEmpty() || !report.errors().isEmpty()) {
      out.print(new TextRenderer(colour).render(report));
      out.flush();
    }
    if (!report.errors().isEmpty()) {
      throw new UserFacingException("cannot read the files above", ExitCodes.USAGE);
    }
    if (report.hasFindingsAtLeast(Severity.ERROR)) {
      throw new UserFacingException(
          "the task definition has errors that AWS would reject or that fail at run time;"
              + " fix them first (nothing was sent to AWS)",
          ExitCodes.FINDINGS);
    }
    return new DeployFiles(
        taskDefinitionFile, parse(taskDefinitionText), serviceFile, parse(serviceText));
  }

  private static Optional<InputError> serviceError(InputFiles.Read read) {
    try {
      Node root = JsonSourceReader.read(read.name(), read.text());
      if (!(root instanceof ObjectNode object) || object.knownString("serviceName").isEmpty()) {
        return Optional.of(
            new InputError(
                read.name(),
                1,
                1,
                "not a service definition: it needs \"serviceName\" (the shape that aws ecs"
                    + " create-service --cli-input-json takes)"));
      }
      return Optional.empty();
    } catch (SourceSyntaxException e) {
      return Optional.of(InputError.at(e.position(), e.reason()));
    }
  }

  private static JsonNode parse(InputFiles.Read read) {
    try {
      return JSON.readTree(read.text());
    } catch (IOException e) {
      throw new UserFacingException(read.name() + ": " + e.getMessage(), ExitCodes.USAGE);
    }
  }

  String family() {
    JsonNode body =
        taskDefinition.has("taskDefinition")
            ? taskDefinition.get("taskDefinition")
            : taskDefinition;
    return body.path("family").asText();
  }

  String serviceName() {
    return service.path("serviceName").asText();
  }
}
