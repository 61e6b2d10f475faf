package dev.berth.cli.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.berth.aws.EcsCollector;
import dev.berth.deploy.Plan;
import dev.berth.deploy.PlanInput;
import dev.berth.deploy.Planner;
import java.util.Optional;

/** Reads what AWS has now for the user's files and plans the deployment. */
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
}
