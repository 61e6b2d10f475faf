package dev.berth.cli.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import dev.berth.aws.EcsCollector;
import dev.berth.aws.Snapshot;
import dev.berth.deploy.Plan;
import dev.berth.deploy.PlanInput;
import dev.berth.deploy.Planner;
import java.util.Optional;

/**
 * Reads what AWS has (now, or in a saved snapshot) for the user's files and plans the deployment.
 */
final class Planning {

  private Planning() {}

  static Plan plan(
      EcsCollector collector,
      String cluster,
      DeployFiles files,
      boolean forceNewDeployment,
      boolean deregisterPrevious) {
    Optional<JsonNode> live = collector.liveService(cluster, files.serviceName());
    Optional<JsonNode> latest = collector.latestRevision(files.family());
    // Recorded last, so the snapshot's describe-task-definition is the revision the service runs.
    Optional<JsonNode> running =
        live.map(service -> service.path("taskDefinition").asText())
            .filter(arn -> !arn.isEmpty())
            .map(collector::describeTaskDefinition);
    return Planner.plan(
        new PlanInput(
            files.taskDefinition(),
            files.service(),
            live,
            running.or(() -> latest),
            latest,
            forceNewDeployment,
            deregisterPrevious));
  }

  /**
   * The plan against a saved snapshot: the service in describe-services.json, the revision it runs
   * in describe-task-definition.json, taken as the family's newest too.
   */
  static Plan plan(Snapshot snapshot, DeployFiles files, boolean forceNewDeployment) {
    Optional<JsonNode> live = Optional.empty();
    JsonNode services =
        snapshot
            .response("describe-services")
            .map(described -> described.path("services"))
            .orElse(MissingNode.getInstance());
    for (JsonNode service : services) {
      if (files.serviceName().equals(service.path("serviceName").asText())) {
        live = Optional.of(service);
      }
    }
    Optional<JsonNode> running = snapshot.response("describe-task-definition");
    return Planner.plan(
        new PlanInput(
            files.taskDefinition(),
            files.service(),
            live,
            running,
            running.filter(
                td -> files.family().equals(td.path("taskDefinition").path("family").asText())),
            forceNewDeployment,
            false));
  }
}
