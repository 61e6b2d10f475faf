package dev.berth.aws;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.berth.deploy.RolloutObservation;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.ecs.EcsClient;
import software.amazon.awssdk.services.ecs.model.ClientException;
import software.amazon.awssdk.services.ecs.model.DesiredStatus;
import software.amazon.awssdk.services.ecs.model.ListServiceDeploymentsResponse;
import software.amazon.awssdk.services.ecs.model.ServiceDeploymentBrief;
import software.amazon.awssdk.services.ecs.model.SortOrder;
import software.amazon.awssdk.services.ecs.model.TaskDefinitionStatus;

/**
 * Reads what ECS says now about a service, its task definitions, tasks and deployments, and records
 * every response in a {@link Snapshot} in the AWS CLI's JSON shape.
 */
public final class EcsCollector {

  /** Deployment strategies whose progress ECS reports as service deployments with stages. */
  private static final Set<String> STAGED_STRATEGIES = Set.of("BLUE_GREEN", "LINEAR", "CANARY");

  private final EcsClient ecs;
  private final Snapshot snapshot;

  public EcsCollector(EcsClient ecs, Snapshot snapshot) {
    this.ecs = ecs;
    this.snapshot = snapshot;
  }

  public Snapshot snapshot() {
    return snapshot;
  }

  /** describe-services for one service, whole. */
  public JsonNode describeServices(String cluster, String service) {
    return record(
        "describe-services",
        "ecs:DescribeServices",
        () -> ecs.describeServices(r -> r.cluster(cluster).services(service)));
  }

  /** The service, when it exists and is not deleted. */
  public Optional<JsonNode> liveService(String cluster, String service) {
    for (JsonNode candidate : describeServices(cluster, service).path("services")) {
      if (!"INACTIVE".equals(candidate.path("status").asText())) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  /** describe-task-definition of a revision ("web:7" or its ARN), recorded in the snapshot. */
  public JsonNode describeTaskDefinition(String taskDefinition) {
    return record(
        "describe-task-definition",
        "ecs:DescribeTaskDefinition",
        () -> ecs.describeTaskDefinition(r -> r.taskDefinition(taskDefinition)));
  }

  /**
   * The newest ACTIVE revision of {@code family} (describe-task-definition by family name), or
   * empty when the family has none. Not recorded: the snapshot keeps the revision the service runs.
   */
  public Optional<JsonNode> latestRevision(String family) {
    try {
      return Optional.of(SdkJson.write(ecs.describeTaskDefinition(r -> r.taskDefinition(family))));
    } catch (ClientException noSuchFamily) {
      return Optional.empty();
    } catch (SdkException e) {
      throw AwsRefusal.of("ecs:DescribeTaskDefinition", e);
    }
  }

  /** The ARNs of the family's ACTIVE revisions, newest first (list-task-definitions). */
  public List<String> activeRevisions(String family) {
    JsonNode listed =
        record(
            "list-task-definitions",
            "ecs:ListTaskDefinitions",
            () ->
                ecs.listTaskDefinitions(
                    r ->
                        r.familyPrefix(family)
                            .status(TaskDefinitionStatus.ACTIVE)
                            .sort(SortOrder.DESC)));
    List<String> arns = new ArrayList<>();
    listed.path("taskDefinitionArns").forEach(arn -> arns.add(arn.asText()));
    return arns;
  }

  /** describe-tasks for the service's stopped tasks that ECS still remembers (about an hour). */
  public JsonNode stoppedTasks(String cluster, String service) {
    JsonNode listed =
        record(
            "list-tasks.stopped",
            "ecs:ListTasks",
            () ->
                ecs.listTasks(
                    r ->
                        r.cluster(cluster)
                            .serviceName(service)
                            .desiredStatus(DesiredStatus.STOPPED)));
    List<String> taskArns = new ArrayList<>();
    listed.path("taskArns").forEach(arn -> taskArns.add(arn.asText()));
    if (taskArns.isEmpty()) {
      ObjectNode none = JsonNodeFactory.instance.objectNode();
      none.putArray("tasks");
      none.putArray("failures");
      snapshot.record("describe-tasks.stopped", none);
      return none;
    }
    // describe-tasks takes at most 100 tasks; the newest are listed first.
    List<String> batch = taskArns.subList(0, Math.min(100, taskArns.size()));
    return record(
        "describe-tasks.stopped",
        "ecs:DescribeTasks",
        () -> ecs.describeTasks(r -> r.cluster(cluster).tasks(batch)));
  }

  /**
   * describe-service-deployments for the service's recent deployments, which carry the lifecycle
   * stage of blue/green, linear and canary deployments; empty when there are none.
   */
  public Optional<JsonNode> serviceDeployments(String cluster, String service) {
    ListServiceDeploymentsResponse listed;
    try {
      listed = ecs.listServiceDeployments(r -> r.cluster(cluster).service(service));
    } catch (SdkException e) {
      throw AwsRefusal.of("ecs:ListServiceDeployments", e);
    }
    snapshot.record("list-service-deployments", SdkJson.write(listed));
    List<String> arns =
        listed.serviceDeployments().stream()
            .map(ServiceDeploymentBrief::serviceDeploymentArn)
            .limit(20)
            .toList();
    if (arns.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        record(
            "describe-service-deployments",
            "ecs:DescribeServiceDeployments",
            () -> ecs.describeServiceDeployments(r -> r.serviceDeploymentArns(arns))));
  }

  /** Everything the rollout tracker needs, read now. */
  public RolloutObservation observe(String cluster, String service, Instant at) {
    JsonNode services = describeServices(cluster, service);
    JsonNode described = services.path("services").path(0);
    String strategy = described.path("deploymentConfiguration").path("strategy").asText("ROLLING");
    Optional<JsonNode> deployments =
        STAGED_STRATEGIES.contains(strategy)
            ? serviceDeployments(cluster, service)
            : Optional.empty();
    return new RolloutObservation(
        at, services, Optional.of(stoppedTasks(cluster, service)), deployments);
  }

  private JsonNode record(String call, String operation, Supplier<? extends SdkPojo> request) {
    try {
      JsonNode response = SdkJson.write(request.get());
      snapshot.record(call, response);
      return response;
    } catch (SdkException e) {
      throw AwsRefusal.of(operation, e);
    }
  }
}
