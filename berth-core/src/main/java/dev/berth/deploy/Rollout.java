package dev.berth.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Follows one ECS deployment from a sequence of observations to its outcome. It is a pure state
 * machine: each {@link #observe} returns the progress events that the observation adds, and {@link
 * #outcome} says where the rollout stands. The caller owns the clock and the AWS calls.
 *
 * <p>A deployment that the circuit breaker fails and rolls back counts as ROLLED_BACK, never as
 * completed, even though the service is stable again on the old revision. See
 * https://docs.aws.amazon.com/AmazonECS/latest/developerguide/deployment-circuit-breaker.html and,
 * for the lifecycle stages of ECS-native blue/green deployments,
 * https://docs.aws.amazon.com/AmazonECS/latest/developerguide/blue-green-deployment-how-it-works.html
 */
public final class Rollout {

  private final RolloutTarget target;
  private Optional<String> deploymentId;
  private Optional<String> serviceDeploymentArn = Optional.empty();
  private final Set<String> seenEvents = new HashSet<>();
  private final Map<String, StoppedTask> stoppedTasks = new LinkedHashMap<>();
  private String lastCounts = "";
  private String lastRolloutState = "";
  private String lastStage = "";
  private int lastDesiredCount = -1;
  private boolean failureAnnounced;
  private boolean rollbackAnnounced;
  private RolloutOutcome outcome;
  private Instant firstObservedAt;

  private Rollout(RolloutTarget target) {
    this.target = target;
    this.deploymentId = target.deploymentId();
    this.outcome = new RolloutOutcome(RolloutOutcome.Result.IN_PROGRESS, "started", List.of());
  }

  public static Rollout follow(RolloutTarget target) {
    return new Rollout(target);
  }

  public RolloutOutcome outcome() {
    return outcome;
  }

  /** The ECS deployment id being followed, once known. */
  public Optional<String> deploymentId() {
    return deploymentId;
  }

  /** Takes in one observation; returns what it adds, oldest first. */
  public List<RolloutEvent> observe(RolloutObservation observation) {
    List<RolloutEvent> events = new ArrayList<>();
    if (outcome.isFinished()) {
      return events;
    }
    if (firstObservedAt == null) {
      firstObservedAt = observation.at();
    }
    Optional<JsonNode> found = service(observation.describeServices());
    if (found.isEmpty()) {
      finish(RolloutOutcome.Result.FAILED, "service " + target.serviceName() + " was not found");
      return events;
    }
    JsonNode service = found.get();
    if (!"ACTIVE".equals(service.path("status").asText("ACTIVE"))) {
      finish(
          RolloutOutcome.Result.FAILED,
          "service " + target.serviceName() + " is " + service.path("status").asText());
      return events;
    }

    collectServiceEvents(service, events);
    collectDesiredCount(service, observation.at(), events);
    Optional<JsonNode> ours = ourDeployment(service);
    collectCounts(service, observation.at(), events);
    ours.ifPresent(deployment -> collectRolloutState(deployment, observation.at(), events));
    observation.describeTasks().ifPresent(tasks -> collectStoppedTasks(tasks, events));
    Optional<JsonNode> serviceDeployment =
        observation.serviceDeployments().flatMap(this::ourServiceDeployment);
    serviceDeployment.ifPresent(deployment -> collectStage(deployment, observation.at(), events));

    decide(service, ours, serviceDeployment, observation);
    return events;
  }

  private void decide(
      JsonNode service,
      Optional<JsonNode> ours,
      Optional<JsonNode> serviceDeployment,
      RolloutObservation observation) {
    if (serviceDeployment.isPresent()
        && decideFromServiceDeployment(serviceDeployment.get(), observation)) {
      return;
    }
    if (ours.isPresent()) {
      JsonNode deployment = ours.get();
      String state = deployment.path("rolloutState").asText("");
      boolean primary = "PRIMARY".equals(deployment.path("status").asText());
      if ("FAILED".equals(state)) {
        String reason = deployment.path("rolloutStateReason").asText("the deployment failed");
        finish(
            rollbackExpected(service) || rollbackAnnounced || otherPrimary(service)
                ? RolloutOutcome.Result.ROLLED_BACK
                : RolloutOutcome.Result.FAILED,
            reason);
        return;
      }
      // A staged (blue/green, linear, canary) deployment is done when its service deployment is.
      boolean staged = serviceDeployment.isPresent();
      if (primary && !staged && "COMPLETED".equals(state)) {
        finish(RolloutOutcome.Result.COMPLETED, completedReason(deployment));
        return;
      }
      if (primary && !staged && state.isEmpty() && isSteady(service, deployment)) {
        finish(RolloutOutcome.Result.COMPLETED, completedReason(deployment));
        return;
      }
    } else if (deploymentId.isPresent()) {
      decideWithoutOurDeployment(service);
      if (outcome.isFinished()) {
        return;
      }
    }
    // The timeout bounds the watch, on the watcher's clock: AWS's clock may differ from it.
    Duration elapsed = Duration.between(firstObservedAt, observation.at());
    if (elapsed.compareTo(target.timeout()) > 0) {
      finish(RolloutOutcome.Result.TIMED_OUT, timeoutReason(service, ours));
    }
  }

  /** Our deployment left the service's list: replaced by a rollback or by a newer deployment. */
  private void decideWithoutOurDeployment(JsonNode service) {
    Optional<JsonNode> primary = primary(service);
    String now = primary.map(d -> d.path("taskDefinition").asText("")).orElse("");
    String by =
        primary
            .map(d -> d.path("id").asText("") + " (" + Planner.revisionName(now) + ")")
            .orElse("another deployment");
    if (failureAnnounced
        || rollbackAnnounced
        || rollbackExpected(service) && !now.equals(target.taskDefinitionArn())) {
      finish(
          RolloutOutcome.Result.ROLLED_BACK,
          "deployment " + deploymentId.get() + " failed and ECS rolled back to " + by);
    } else {
      finish(
          RolloutOutcome.Result.FAILED,
          "deployment "
              + deploymentId.get()
              + " was replaced by "
              + by
              + " before it completed (another deployment started)");
    }
  }

  private boolean decideFromServiceDeployment(JsonNode deployment, RolloutObservation o) {
    String status = deployment.path("status").asText("");
    String reason = deployment.path("statusReason").asText("");
    switch (status) {
      case "SUCCESSFUL":
        finish(RolloutOutcome.Result.COMPLETED, "service deployment successful");
        return true;
      case "ROLLBACK_REQUESTED":
      case "ROLLBACK_IN_PROGRESS":
      case "ROLLBACK_SUCCESSFUL":
        finish(
            RolloutOutcome.Result.ROLLED_BACK,
            reason.isEmpty() ? "ECS rolled the deployment back (" + status + ")" : reason);
        return true;
      case "ROLLBACK_FAILED":
        finish(RolloutOutcome.Result.FAILED, "the rollback failed too: " + reason);
        return true;
      case "STOPPED":
      case "STOP_REQUESTED":
        finish(RolloutOutcome.Result.FAILED, stoppedReason(deployment, o, reason));
        return true;
      default:
        if (deployment.has("finishedAt") && newerServiceDeployment(deployment, o).isPresent()) {
          finish(RolloutOutcome.Result.FAILED, stoppedReason(deployment, o, reason));
          return true;
        }
        return false;
    }
  }

  private String stoppedReason(JsonNode deployment, RolloutObservation o, String reason) {
    Optional<JsonNode> newer = newerServiceDeployment(deployment, o);
    if (newer.isPresent()) {
      return "the deployment was stopped because a newer deployment started at "
          + newer.get().path("createdAt").asText()
          + " ("
          + lastSegment(newer.get().path("serviceDeploymentArn").asText())
          + "): two deployments of one service overlapped";
    }
    return reason.isEmpty() ? "the service deployment was stopped" : reason;
  }

  private Optional<JsonNode> newerServiceDeployment(JsonNode ours, RolloutObservation o) {
    Instant created = ApiTimestamps.parse(ours.get("createdAt")).orElse(Instant.MIN);
    List<JsonNode> newer = new ArrayList<>();
    for (JsonNode candidate : o.serviceDeployments().get().path("serviceDeployments")) {
      if (ApiTimestamps.parse(candidate.get("createdAt")).orElse(Instant.MIN).isAfter(created)) {
        newer.add(candidate);
      }
    }
    return newer.stream().findFirst();
  }

  private Optional<JsonNode> ourServiceDeployment(JsonNode document) {
    List<JsonNode> candidates = new ArrayList<>();
    for (JsonNode deployment : document.path("serviceDeployments")) {
      String arn = deployment.path("serviceDeploymentArn").asText("");
      if (serviceDeploymentArn.isPresent()) {
        if (serviceDeploymentArn.get().equals(arn)) {
          return Optional.of(deployment);
        }
        continue;
      }
      Optional<Instant> created = ApiTimestamps.parse(deployment.get("createdAt"));
      // ECS creates the service deployment within moments of the update-service call.
      if (created.isPresent() && !created.get().isBefore(target.startedAt().minusSeconds(1))) {
        candidates.add(deployment);
      }
    }
    Optional<JsonNode> first =
        candidates.stream()
            .min(Comparator.comparing(d -> ApiTimestamps.parse(d.get("createdAt")).get()));
    first.ifPresent(
        d -> serviceDeploymentArn = Optional.of(d.path("serviceDeploymentArn").asText()));
    return first;
  }

  private Optional<JsonNode> service(JsonNode describeServices) {
    JsonNode services = describeServices.path("services");
    for (JsonNode service : services) {
      if (target.serviceName().equals(service.path("serviceName").asText())
          || service.path("serviceArn").asText().endsWith("/" + target.serviceName())) {
        return Optional.of(service);
      }
    }
    return services.size() == 1 ? Optional.of(services.get(0)) : Optional.empty();
  }

  private Optional<JsonNode> ourDeployment(JsonNode service) {
    if (deploymentId.isEmpty()) {
      for (JsonNode deployment : service.path("deployments")) {
        if ("PRIMARY".equals(deployment.path("status").asText())
            && target.taskDefinitionArn().equals(deployment.path("taskDefinition").asText())) {
          deploymentId = Optional.of(deployment.path("id").asText());
        }
      }
    }
    for (JsonNode deployment : service.path("deployments")) {
      if (deploymentId.isPresent()
          && deploymentId.get().equals(deployment.path("id").asText())
          && !"INACTIVE".equals(deployment.path("status").asText())) {
        return Optional.of(deployment);
      }
    }
    return Optional.empty();
  }

  private void collectServiceEvents(JsonNode service, List<RolloutEvent> events) {
    List<RolloutEvent> fresh = new ArrayList<>();
    for (JsonNode event : service.path("events")) {
      String id = event.path("id").asText(event.path("message").asText());
      Instant at = ApiTimestamps.parse(event.get("createdAt")).orElse(target.startedAt());
      if (at.isBefore(target.startedAt().minusSeconds(1)) || !seenEvents.add(id)) {
        continue;
      }
      String message = event.path("message").asText();
      noteFailureText(message);
      fresh.add(new RolloutEvent(at, RolloutEvent.Kind.SERVICE_EVENT, message));
    }
    // describe-services lists events newest first.
    fresh.sort(Comparator.comparing(RolloutEvent::at));
    events.addAll(fresh);
  }

  /** ECS announces a circuit-breaker failure and rollback in service events before the state. */
  private void noteFailureText(String message) {
    String text = message.toLowerCase(Locale.ROOT);
    boolean aboutOurs =
        deploymentId.map(id -> text.contains(id.toLowerCase(Locale.ROOT))).orElse(true);
    if (aboutOurs && text.contains("deployment failed")) {
      failureAnnounced = true;
    }
    if (text.contains("rolling back")) {
      rollbackAnnounced = true;
    }
  }

  private void collectDesiredCount(JsonNode service, Instant at, List<RolloutEvent> events) {
    int desired = service.path("desiredCount").asInt(-1);
    if (lastDesiredCount >= 0 && desired != lastDesiredCount) {
      events.add(
          new RolloutEvent(
              at,
              RolloutEvent.Kind.DESIRED_COUNT,
              "desired count changed from "
                  + lastDesiredCount
                  + " to "
                  + desired
                  + " (scaling during the deployment)"));
    }
    lastDesiredCount = desired;
  }

  private void collectCounts(JsonNode service, Instant at, List<RolloutEvent> events) {
    List<String> parts = new ArrayList<>();
    for (JsonNode deployment : service.path("deployments")) {
      String id = deployment.path("id").asText();
      boolean isOurs = deploymentId.map(id::equals).orElse(false);
      parts.add(
          (isOurs ? "new " : "")
              + deployment.path("status").asText()
              + " "
              + Planner.revisionName(deployment.path("taskDefinition").asText())
              + ": "
              + deployment.path("runningCount").asInt()
              + "/"
              + deployment.path("desiredCount").asInt()
              + " running, "
              + deployment.path("pendingCount").asInt()
              + " pending"
              + (deployment.path("failedTasks").asInt() > 0
                  ? ", " + deployment.path("failedTasks").asInt() + " failed"
                  : ""));
    }
    String counts = String.join("; ", parts);
    if (!counts.equals(lastCounts)) {
      events.add(new RolloutEvent(at, RolloutEvent.Kind.COUNTS, counts));
      lastCounts = counts;
    }
  }

  private void collectRolloutState(JsonNode deployment, Instant at, List<RolloutEvent> events) {
    String state = deployment.path("rolloutState").asText("");
    if (!state.isEmpty() && !state.equals(lastRolloutState)) {
      String reason = deployment.path("rolloutStateReason").asText("");
      events.add(
          new RolloutEvent(
              at,
              RolloutEvent.Kind.ROLLOUT_STATE,
              "rollout " + state + (reason.isEmpty() ? "" : ": " + reason)));
      lastRolloutState = state;
    }
  }

  private void collectStage(JsonNode deployment, Instant at, List<RolloutEvent> events) {
    String stage = deployment.path("lifecycleStage").asText("");
    if (!stage.isEmpty() && !stage.equals(lastStage)) {
      events.add(new RolloutEvent(at, RolloutEvent.Kind.LIFECYCLE_STAGE, "stage " + stage));
      lastStage = stage;
    }
  }

  private void collectStoppedTasks(JsonNode describeTasks, List<RolloutEvent> events) {
    for (JsonNode task : describeTasks.path("tasks")) {
      String arn = task.path("taskArn").asText();
      if (!"STOPPED".equals(task.path("lastStatus").asText()) || stoppedTasks.containsKey(arn)) {
        continue;
      }
      boolean ofThisDeployment =
          deploymentId.map(id -> id.equals(task.path("startedBy").asText())).orElse(false)
              || target.taskDefinitionArn().equals(task.path("taskDefinitionArn").asText());
      Instant stoppedAt = ApiTimestamps.parse(task.get("stoppedAt")).orElse(target.startedAt());
      if (!ofThisDeployment || stoppedAt.isBefore(target.startedAt())) {
        continue;
      }
      List<String> containers = new ArrayList<>();
      for (JsonNode container : task.path("containers")) {
        StringBuilder line = new StringBuilder(container.path("name").asText());
        if (container.has("exitCode")) {
          line.append(" exit code ").append(container.path("exitCode").asInt());
        }
        if (container.hasNonNull("reason")) {
          line.append(": ").append(container.path("reason").asText());
        }
        if (container.has("exitCode") || container.hasNonNull("reason")) {
          containers.add(line.toString());
        }
      }
      StoppedTask stopped =
          new StoppedTask(
              arn,
              task.path("stopCode").asText(""),
              task.path("stoppedReason").asText(""),
              containers);
      stoppedTasks.put(arn, stopped);
      events.add(new RolloutEvent(stoppedAt, RolloutEvent.Kind.TASK_STOPPED, stopped.describe()));
    }
  }

  private static boolean rollbackExpected(JsonNode service) {
    return service
        .path("deploymentConfiguration")
        .path("deploymentCircuitBreaker")
        .path("rollback")
        .asBoolean(false);
  }

  private static boolean circuitBreakerOn(JsonNode service) {
    return service
        .path("deploymentConfiguration")
        .path("deploymentCircuitBreaker")
        .path("enable")
        .asBoolean(false);
  }

  private boolean otherPrimary(JsonNode service) {
    return primary(service)
        .map(d -> !deploymentId.map(d.path("id").asText()::equals).orElse(false))
        .orElse(false);
  }

  private static Optional<JsonNode> primary(JsonNode service) {
    for (JsonNode deployment : service.path("deployments")) {
      if ("PRIMARY".equals(deployment.path("status").asText())) {
        return Optional.of(deployment);
      }
    }
    return Optional.empty();
  }

  /** Without a rollout state: the only deployment, at its desired count, nothing pending. */
  private static boolean isSteady(JsonNode service, JsonNode deployment) {
    return service.path("deployments").size() == 1
        && deployment.path("pendingCount").asInt() == 0
        && deployment.path("runningCount").asInt() == deployment.path("desiredCount").asInt();
  }

  private static String completedReason(JsonNode deployment) {
    return deployment.path("runningCount").asInt()
        + " of "
        + deployment.path("desiredCount").asInt()
        + " tasks running "
        + Planner.revisionName(deployment.path("taskDefinition").asText());
  }

  private String timeoutReason(JsonNode service, Optional<JsonNode> ours) {
    StringBuilder reason = new StringBuilder("not finished after " + describe(target.timeout()));
    ours.ifPresent(
        d ->
            reason
                .append(": ")
                .append(d.path("runningCount").asInt())
                .append(" of ")
                .append(d.path("desiredCount").asInt())
                .append(" new tasks running, ")
                .append(d.path("failedTasks").asInt())
                .append(" failed to start"));
    if (!circuitBreakerOn(service)) {
      reason.append(
          "; the service has no deployment circuit breaker, so ECS keeps replacing failed tasks"
              + " instead of failing the deployment"
              + " (set deploymentConfiguration.deploymentCircuitBreaker {enable, rollback})");
    }
    reason.append("; the deployment is still running in ECS");
    return reason.toString();
  }

  private static String describe(Duration duration) {
    long minutes = duration.toMinutes();
    return minutes > 0 && duration.toSecondsPart() == 0
        ? minutes + "m"
        : duration.toSeconds() + "s";
  }

  private void finish(RolloutOutcome.Result result, String reason) {
    outcome = new RolloutOutcome(result, reason, List.copyOf(stoppedTasks.values()));
  }

  private static String lastSegment(String arn) {
    int slash = arn.lastIndexOf('/');
    return slash < 0 ? arn : arn.substring(slash + 1);
  }
}
