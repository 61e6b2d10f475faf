package dev.berth.cli.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import dev.berth.aws.Snapshot;
import dev.berth.cli.ExitCodes;
import dev.berth.cli.Terminal;
import dev.berth.cli.UserFacingException;
import dev.berth.deploy.ApiTimestamps;
import dev.berth.deploy.Planner;
import dev.berth.deploy.RolloutTarget;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code berth status}: a service, its deployments and its last events on one screen. */
@Command(
    name = "status",
    mixinStandardHelpOptions = true,
    description = {
      "Shows a service on one screen: its task definition and counts, each deployment with its"
          + " rollout state, the tasks that stopped recently with their reasons, and the last"
          + " service events.",
      "With --wait, then follows the primary deployment to its end as `berth deploy` does.",
      "With --save-snapshot DIR, also saves everything `berth diagnose` reads about the service"
          + " (tasks, task definitions, target groups, network, roles): a bug report in a"
          + " directory."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:shown (with --wait: the deployment completed)",
      "2:bad usage",
      "3:AWS refused a request (with --wait: the deployment failed, was rolled back or timed out)"
    })
public final class StatusCommand implements Callable<Integer> {

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Mixin AwsCommandSupport support;

  @Option(
      names = "--cluster",
      paramLabel = "CLUSTER",
      description = "ECS cluster (required unless --snapshot is given).")
  String cluster;

  @Option(
      names = "--snapshot",
      paramLabel = "DIR",
      description = "Show the service as a snapshot saved with --save-snapshot recorded it.")
  Path snapshot;

  @Option(names = "--service", required = true, paramLabel = "SERVICE", description = "Service.")
  String service;

  @Option(
      names = "--events",
      defaultValue = "8",
      paramLabel = "N",
      description = "How many of the latest service events to show (default: ${DEFAULT-VALUE}).")
  int events;

  @Option(names = "--wait", description = "Follow the primary deployment until it ends.")
  boolean waitForRollout;

  @Mixin WatchOptions watch;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    if (snapshot != null) {
      Snapshot saved = SnapshotDirectory.read(snapshot);
      JsonNode live = find(saved.response("describe-services").get());
      print(
          live,
          saved.response("describe-task-definition").orElse(MissingNode.getInstance()),
          saved
              .response("describe-tasks.stopped")
              .or(() -> saved.response("describe-tasks"))
              .orElse(MissingNode.getInstance()),
          out);
      return ExitCodes.OK;
    }
    if (cluster == null) {
      throw new UserFacingException(
          "--cluster is required (or --snapshot DIR to read a saved snapshot)", ExitCodes.USAGE);
    }
    return support.run(
        spec.commandLine().getErr(),
        (clients, collector) -> {
          JsonNode live =
              collector
                  .liveService(cluster, service)
                  .orElseThrow(
                      () ->
                          new UserFacingException(
                              "service " + service + " not found in cluster " + cluster,
                              ExitCodes.AWS_FAILED));
          JsonNode taskDefinition =
              collector.describeTaskDefinition(live.path("taskDefinition").asText());
          support.addDiagnosisFiles(
              clients, collector, cluster, service, spec.commandLine().getErr());
          print(live, taskDefinition, collector.stoppedTasks(cluster, service), out);
          if (!waitForRollout) {
            return ExitCodes.OK;
          }
          JsonNode primary =
              primary(live)
                  .orElseThrow(
                      () ->
                          new UserFacingException(
                              "service " + service + " has no deployment to follow",
                              ExitCodes.AWS_FAILED));
          out.println();
          return Watch.follow(
              collector,
              cluster,
              new RolloutTarget(
                  service,
                  primary.path("taskDefinition").asText(),
                  Optional.of(primary.path("id").asText()),
                  ApiTimestamps.parse(primary.get("createdAt")).orElse(Instant.now()),
                  watch.timeout),
              watch.pollInterval,
              Terminal.isInteractive(),
              out,
              support);
        });
  }

  private void print(JsonNode live, JsonNode taskDefinition, JsonNode stopped, PrintWriter out) {
    JsonNode breaker = live.path("deploymentConfiguration").path("deploymentCircuitBreaker");
    out.println(
        "Service "
            + live.path("serviceName").asText()
            + " ("
            + live.path("status").asText()
            + ") in "
            + (cluster == null ? live.path("clusterArn").asText("(snapshot)") : cluster)
            + ": "
            + Planner.revisionName(live.path("taskDefinition").asText()));
    out.println(
        "  tasks: "
            + live.path("runningCount").asInt()
            + " running, "
            + live.path("pendingCount").asInt()
            + " pending, "
            + live.path("desiredCount").asInt()
            + " desired");
    out.println(
        "  circuit breaker: "
            + (breaker.path("enable").asBoolean(false)
                ? "on, rollback " + (breaker.path("rollback").asBoolean(false) ? "on" : "off")
                : "off")
            + "; strategy "
            + live.path("deploymentConfiguration").path("strategy").asText("ROLLING"));
    for (JsonNode container : taskDefinition.path("taskDefinition").path("containerDefinitions")) {
      out.println(
          "  container "
              + container.path("name").asText()
              + ": "
              + container.path("image").asText());
    }
    out.println("Deployments:");
    for (JsonNode deployment : live.path("deployments")) {
      out.println(
          "  "
              + deployment.path("status").asText()
              + " "
              + deployment.path("id").asText()
              + " "
              + Planner.revisionName(deployment.path("taskDefinition").asText())
              + ": "
              + deployment.path("runningCount").asInt()
              + "/"
              + deployment.path("desiredCount").asInt()
              + " running, "
              + deployment.path("pendingCount").asInt()
              + " pending, "
              + deployment.path("failedTasks").asInt()
              + " failed; "
              + deployment.path("rolloutState").asText("-")
              + (deployment.hasNonNull("rolloutStateReason")
                  ? " (" + deployment.path("rolloutStateReason").asText() + ")"
                  : ""));
    }
    int shown = 0;
    for (JsonNode task : stopped.path("tasks")) {
      if (shown++ == 0) {
        out.println("Recently stopped tasks:");
      }
      if (shown > 5) {
        break;
      }
      String arn = task.path("taskArn").asText();
      out.println(
          "  "
              + arn.substring(arn.lastIndexOf('/') + 1)
              + " "
              + Planner.revisionName(task.path("taskDefinitionArn").asText())
              + ": "
              + task.path("stoppedReason").asText("(no reason)"));
    }
    out.println("Last events:");
    int count = 0;
    for (JsonNode event : live.path("events")) {
      if (count++ >= events) {
        break;
      }
      out.println("  " + event.path("createdAt").asText() + " " + event.path("message").asText());
    }
    if (count == 0) {
      out.println("  (none)");
    }
    out.flush();
  }

  private JsonNode find(JsonNode describeServices) {
    for (JsonNode candidate : describeServices.path("services")) {
      if (service.equals(candidate.path("serviceName").asText())) {
        return candidate;
      }
    }
    throw new UserFacingException(
        snapshot + ": the snapshot has no service " + service, ExitCodes.USAGE);
  }

  private static Optional<JsonNode> primary(JsonNode live) {
    for (JsonNode deployment : live.path("deployments")) {
      if ("PRIMARY".equals(deployment.path("status").asText())) {
        return Optional.of(deployment);
      }
    }
    return Optional.empty();
  }
}
