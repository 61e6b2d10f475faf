package dev.berth.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.berth.deploy.RolloutOutcome.Result;
import dev.berth.testing.SharedCorpus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RolloutTest {

  private static final Instant START = Instant.parse("2026-03-02T10:00:00Z");
  private static final String NEW = "ecs-svc/4512687322014863108";
  private static final String WEB_8 = "arn:aws:ecs:eu-west-1:123456789012:task-definition/web:8";

  /** The outcome after each observation, and every event, as a user watching would see them. */
  private record Watched(List<Result> results, List<RolloutEvent> events, Rollout rollout) {
    RolloutOutcome outcome() {
      return rollout.outcome();
    }

    List<String> messages(RolloutEvent.Kind kind) {
      return events.stream().filter(e -> e.kind() == kind).map(RolloutEvent::message).toList();
    }
  }

  private static Watched watch(
      String scenario, Optional<String> deploymentId, Duration timeout, Duration interval) {
    Rollout rollout = Rollout.follow(new RolloutTarget("web", WEB_8, deploymentId, START, timeout));
    List<Result> results = new ArrayList<>();
    List<RolloutEvent> events = new ArrayList<>();
    for (RolloutObservation observation : RecordedSequence.load(scenario, START, interval)) {
      events.addAll(rollout.observe(observation));
      results.add(rollout.outcome().result());
    }
    return new Watched(results, events, rollout);
  }

  private static Watched watch(String scenario) {
    return watch(scenario, Optional.of(NEW), Duration.ofMinutes(30), Duration.ofSeconds(15));
  }

  @Test
  void successfulRollingUpdateCompletesOnceThePrimaryDeploymentIsCompleted() {
    Watched watched = watch("success");

    assertThat(watched.results())
        .containsExactly(Result.IN_PROGRESS, Result.IN_PROGRESS, Result.COMPLETED);
    assertThat(watched.outcome().reason()).isEqualTo("2 of 2 tasks running web:8");
    assertThat(watched.messages(RolloutEvent.Kind.SERVICE_EVENT))
        .as("events older than the deployment are not replayed; new ones oldest first")
        .hasSize(5)
        .first()
        .asString()
        .startsWith("(service web) has started 2 tasks");
    assertThat(watched.messages(RolloutEvent.Kind.COUNTS).get(0))
        .isEqualTo(
            "new PRIMARY web:8: 0/2 running, 2 pending; ACTIVE web:7: 2/2 running, 0 pending");
  }

  @Test
  void circuitBreakerRollbackIsRolledBackNotSuccessEvenThoughTheServiceIsStableAgain() {
    Watched watched = watch("circuit-breaker-rollback");

    assertThat(watched.results())
        .containsExactly(
            Result.IN_PROGRESS, Result.IN_PROGRESS, Result.ROLLED_BACK, Result.ROLLED_BACK);
    assertThat(watched.outcome().reason())
        .isEqualTo("ECS deployment circuit breaker: tasks failed to start.");
    assertThat(watched.outcome().stoppedTasks())
        .extracting(StoppedTask::describe)
        .hasSize(4)
        .allMatch(line -> line.contains("Essential container in task exited"))
        .allMatch(line -> line.contains("app exit code 1"));
    assertThat(watched.messages(RolloutEvent.Kind.SERVICE_EVENT))
        .contains(
            "(service web) (deployment " + NEW + ") deployment failed: tasks failed to start.",
            "(service web) rolling back to deployment ecs-svc/1190347756201938842.");
    assertThat(watched.messages(RolloutEvent.Kind.ROLLOUT_STATE))
        .containsExactly(
            "rollout IN_PROGRESS: ECS deployment " + NEW + " in progress.",
            "rollout FAILED: ECS deployment circuit breaker: tasks failed to start.");
  }

  @Test
  void rollbackIsRecognisedWhenTheDeploymentIdIsLearntFromThePrimaryDeployment() {
    Watched watched =
        watch(
            "circuit-breaker-rollback",
            Optional.empty(),
            Duration.ofMinutes(30),
            Duration.ofSeconds(15));

    assertThat(watched.rollout().deploymentId()).contains(NEW);
    assertThat(watched.outcome().result()).isEqualTo(Result.ROLLED_BACK);
  }

  @Test
  void stuckDeploymentWithoutCircuitBreakerTimesOutAndSaysWhy() {
    Watched watched =
        watch(
            "stuck-no-circuit-breaker",
            Optional.of(NEW),
            Duration.ofSeconds(40),
            Duration.ofSeconds(15));

    assertThat(watched.results())
        .containsExactly(
            Result.IN_PROGRESS, Result.IN_PROGRESS, Result.IN_PROGRESS, Result.TIMED_OUT);
    assertThat(watched.outcome().reason())
        .startsWith("not finished after 40s: 0 of 2 new tasks running, 6 failed to start")
        .contains("no deployment circuit breaker")
        .endsWith("the deployment is still running in ECS");
    assertThat(watched.outcome().stoppedTasks())
        .hasSize(3)
        .first()
        .extracting(StoppedTask::stoppedReason)
        .asString()
        .startsWith("Task failed ELB health checks");
    assertThat(watched.messages(RolloutEvent.Kind.TASK_STOPPED).get(1)).contains("exit code 137");
  }

  @Test
  void scaleInDuringTheDeploymentIsReportedAndDoesNotStopIt() {
    Watched watched = watch("scale-in-during-deploy");

    assertThat(watched.results())
        .containsExactly(
            Result.IN_PROGRESS, Result.IN_PROGRESS, Result.IN_PROGRESS, Result.COMPLETED);
    assertThat(watched.messages(RolloutEvent.Kind.DESIRED_COUNT))
        .containsExactly("desired count changed from 4 to 2 (scaling during the deployment)");
    assertThat(watched.outcome().reason()).isEqualTo("2 of 2 tasks running web:8");
  }

  @Test
  void blueGreenStaysInProgressThroughBakeTimeAndReportsEachLifecycleStage() {
    Watched watched = watch("blue-green-bake-time");

    assertThat(watched.results())
        .containsExactly(
            Result.IN_PROGRESS,
            Result.IN_PROGRESS,
            Result.IN_PROGRESS,
            Result.IN_PROGRESS,
            Result.IN_PROGRESS,
            Result.IN_PROGRESS,
            Result.COMPLETED);
    assertThat(watched.messages(RolloutEvent.Kind.LIFECYCLE_STAGE))
        .containsExactly(
            "stage SCALE_UP",
            "stage TEST_TRAFFIC_SHIFT",
            "stage PRODUCTION_TRAFFIC_SHIFT",
            "stage BAKE_TIME",
            "stage CLEAN_UP");
    assertThat(watched.outcome().reason()).isEqualTo("service deployment successful");
  }

  @Test
  void blueGreenIsNotCompletedByTheRolloutStateAloneWhileTheServiceDeploymentBakes() {
    Rollout rollout =
        Rollout.follow(
            new RolloutTarget("web", WEB_8, Optional.of(NEW), START, Duration.ofMinutes(30)));
    RolloutObservation bake =
        RecordedSequence.load("blue-green-bake-time", START, Duration.ofSeconds(15)).get(3);
    JsonNode services = bake.describeServices().deepCopy();
    ((ObjectNode) services.path("services").get(0).path("deployments").get(0))
        .put("rolloutState", "COMPLETED");

    rollout.observe(
        new RolloutObservation(bake.at(), services, Optional.empty(), bake.serviceDeployments()));

    assertThat(rollout.outcome().result()).isEqualTo(Result.IN_PROGRESS);
  }

  @Test
  void blueGreenRollbackDuringBakeTimeIsRolledBack() {
    Rollout rollout =
        Rollout.follow(
            new RolloutTarget("web", WEB_8, Optional.of(NEW), START, Duration.ofMinutes(30)));
    List<RolloutObservation> sequence =
        RecordedSequence.load("blue-green-bake-time", START, Duration.ofSeconds(15));
    sequence.subList(0, 4).forEach(rollout::observe);
    RolloutObservation bake = sequence.get(4);
    JsonNode deployments = bake.serviceDeployments().get().deepCopy();
    ObjectNode ours = (ObjectNode) deployments.path("serviceDeployments").get(0);
    ours.put("status", "ROLLBACK_IN_PROGRESS");
    ours.put("statusReason", "Alarm web-5xx in ALARM state during bake time");

    rollout.observe(
        new RolloutObservation(
            bake.at(), bake.describeServices(), Optional.empty(), Optional.of(deployments)));

    assertThat(rollout.outcome().result()).isEqualTo(Result.ROLLED_BACK);
    assertThat(rollout.outcome().reason())
        .isEqualTo("Alarm web-5xx in ALARM state during bake time");
  }

  @Test
  void failedRolloutOfARealServiceWithoutRollbackIsFailedNotRolledBack() throws IOException {
    // f12: a real describe-services of a service whose circuit breaker is on with rollback off.
    Path file = corpus("failures/f12-describe-services-circuit-breaker-two-target-groups.json.txt");
    ObjectNode described = (ObjectNode) TruncatedJson.repair(Files.readString(file));
    ObjectNode service = (ObjectNode) described.path("services").get(0);
    assertThat(service.path("deploymentConfiguration").path("deploymentCircuitBreaker").toString())
        .isEqualTo("{\"enable\":true,\"rollback\":false}");
    service
        .putArray("deployments")
        .addObject()
        .put("id", NEW)
        .put("status", "PRIMARY")
        .put("taskDefinition", service.path("taskDefinition").asText())
        .put("desiredCount", 2)
        .put("runningCount", 0)
        .put("failedTasks", 10)
        .put("rolloutState", "FAILED")
        .put("rolloutStateReason", "ECS deployment circuit breaker: tasks failed to start.");

    Rollout rollout =
        Rollout.follow(
            new RolloutTarget("xxx", "xxx", Optional.of(NEW), START, Duration.ofMinutes(30)));
    rollout.observe(RolloutObservation.of(START.plusSeconds(60), described));

    assertThat(rollout.outcome().result()).isEqualTo(Result.FAILED);
    assertThat(rollout.outcome().reason()).contains("tasks failed to start");
  }

  @Test
  void overlappingDeploymentsFromARealServiceMeanOursWasSuperseded() throws IOException {
    // f24: list-service-deployments of a service whose deployment was stopped 10 s in, because
    // a second deployment started.
    Path file = corpus("failures/f24-ecspresso-service-deployments-stopped.json.txt");
    JsonNode deployments = TruncatedJson.repair(Files.readString(file));
    String sidekiq = "arn:aws:ecs:ap-northeast-1:111122223333:task-definition/myproject_sidekiq:41";
    JsonNode described =
        RecordedSequence.parse(
            "{\"services\":[{\"serviceName\":\"myproject_sidekiq\",\"status\":\"ACTIVE\","
                + "\"deployments\":[{\"id\":\"ecs-svc/2\",\"status\":\"PRIMARY\","
                + "\"taskDefinition\":\""
                + sidekiq
                + "\",\"desiredCount\":1,\"runningCount\":0,\"pendingCount\":1,"
                + "\"rolloutState\":\"IN_PROGRESS\"}],\"events\":[]}]}");
    Instant ourStart = Instant.parse("2025-11-19T05:16:57.340Z");

    Rollout rollout =
        Rollout.follow(
            new RolloutTarget(
                "myproject_sidekiq",
                sidekiq,
                Optional.of("ecs-svc/1"),
                ourStart,
                Duration.ofMinutes(30)));
    rollout.observe(
        new RolloutObservation(
            ourStart.plusSeconds(15), described, Optional.empty(), Optional.of(deployments)));

    assertThat(rollout.outcome().result()).isEqualTo(Result.FAILED);
    assertThat(rollout.outcome().reason())
        .contains("a newer deployment started at 2025-11-19T14:17:06.811000+09:00")
        .contains("2OpWf9AkJKOIuWfBW7Ata")
        .contains("overlapped");
  }

  private static Path corpus(String relative) {
    return SharedCorpus.path(relative);
  }
}
