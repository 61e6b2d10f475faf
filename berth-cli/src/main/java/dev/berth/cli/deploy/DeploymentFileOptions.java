package dev.berth.cli.deploy;

import java.io.PrintWriter;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The two files a deployment is made of, as `berth plan` and `berth deploy` both take them. */
public final class DeploymentFileOptions {

  @Option(
      names = "--task-definition",
      required = true,
      paramLabel = "FILE",
      description = "Task definition JSON, as register-task-definition --cli-input-json takes it.")
  Path taskDefinition;

  @Option(
      names = "--service-definition",
      required = true,
      paramLabel = "FILE",
      description = "Service JSON, as create-service --cli-input-json takes it.")
  Path serviceDefinition;

  /** Reads and checks both files; see {@link DeployFiles#read}. */
  DeployFiles read(PrintWriter out, boolean colour) {
    return DeployFiles.read(taskDefinition, serviceDefinition, out, colour);
  }
}
