package dev.berth.diagnose;

import static dev.berth.diagnose.Causes.*;
import static dev.berth.diagnose.SnapshotFile.*;

import dev.berth.model.TaskDefinition;
import dev.berth.source.ObjectNode;
import dev.berth.source.ScalarNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** The causes a service's own configuration proves, beside what its tasks and events say. */
final class ServiceChecks {

  /** Above this the deregistration delay visibly slows a rolling deployment. */
  private static final long SLOW_DEREGISTRATION_SECONDS = 60;

  /** Failures a starting container produces: no answer yet, or a 5xx while it warms up. */
  private static final Pattern STARTING_UP =
      Pattern.compile(
          "Timeout|timed out|FailedHealthChecks|Health checks failed(?! with these codes: \\[4)"
              + "|codes: \\[5",
          Pattern.CASE_INSENSITIVE);

  private final SnapshotDiagnoser.Context context;

  ServiceChecks(SnapshotDiagnoser.Context context) {
    this.context = context;
  }

  void examine(EcsService service) {
    deployments(service);
    healthChecks(service);
    deregistration(service);
    exec(service);
    service
        .node()
        .scalar("platformVersion")
        .filter(p -> p.text().equals("1.3.0"))
        .ifPresent(p -> context.claims().claim(PLAT001, List.of(Json.quote(p)), List.of()));
  }

  private void deployments(EcsService service) {
    boolean failing = false;
    List<String> inProgress = new ArrayList<>();
    for (ObjectNode deployment : service.deployments().toList()) {
      String rollout = Json.text(deployment, "rolloutState").orElse("");
      if (rollout.equals("FAILED")) {
        List<String> seen = new ArrayList<>(List.of(Json.quote(deployment, "rolloutState")));
        deployment.scalar("rolloutStateReason").ifPresent(r -> seen.add(Json.quote(r)));
        context.claims().claim(DEPLOY001, seen, List.of());
      }
      long failed = Json.number(deployment, "failedTasks").orElse(0L);
      if (rollout.equals("IN_PROGRESS") && failed > 0) {
        failing = true;
        inProgress.add(
            Json.quote(deployment, "failedTasks")
                + " failed tasks in deployment "
                + Json.text(deployment, "id").orElse("?")
                + running(deployment));
      }
    }
    if (!failing) {
      return;
    }
    Optional<ObjectNode> breaker = service.circuitBreaker();
    boolean enabled = breaker.flatMap(b -> Json.flag(b, "enable")).orElse(false);
    boolean rollback = breaker.flatMap(b -> Json.flag(b, "rollback")).orElse(false);
    if (enabled && rollback) {
      return;
    }
    List<String> seen = new ArrayList<>();
    if (breaker.isEmpty()) {
      seen.add(
          service.node().position()
              + " service "
              + service.name()
              + ": deploymentConfiguration has no deploymentCircuitBreaker");
    } else if (!enabled) {
      seen.add(Json.quote(breaker.get(), "enable"));
    } else {
      seen.add(Json.quote(breaker.get(), "rollback"));
    }
    seen.addAll(inProgress);
    context.claims().claim(DEPLOY002, seen, List.of());
  }

  /** How long the deployment has run, measured to the newest timestamp in the snapshot. */
  private String running(ObjectNode deployment) {
    Optional<Instant> created = deployment.scalar("createdAt").flatMap(Timestamps::parse);
    Optional<Instant> newest =
        Timeline.newest(context.snapshot(), context.service(), context.tasks());
    if (created.isEmpty() || newest.isEmpty() || newest.get().isBefore(created.get())) {
      return "";
    }
    Duration age = Duration.between(created.get(), newest.get());
    return ", in progress for at least " + age.toMinutes() + " min";
  }

  private void healthChecks(EcsService service) {
    if (service.loadBalancers().findAny().isEmpty() || context.healthCheckFailures().isEmpty()) {
      return;
    }
    List<String> failures = context.healthCheckFailures().stream().distinct().limit(3).toList();
    targetGroupSettings(service);
    gracePeriod(service, failures);
    ingress(service, failures);
  }

  /** The target group's health check settings, beside a claimed ELB002 or ELB003. */
  private void targetGroupSettings(EcsService service) {
    List<String> arns =
        service.loadBalancers().flatMap(l -> Json.text(l, "targetGroupArn").stream()).toList();
    for (ObjectNode group : context.snapshot().items(DESCRIBE_TARGET_GROUPS).toList()) {
      if (!Json.text(group, "TargetGroupArn").map(arns::contains).orElse(false)) {
        continue;
      }
      String name = Json.text(group, "TargetGroupName").orElse("the target group");
      if (context.claims().has(ELB002)) {
        List<String> seen = new ArrayList<>();
        group.scalar("HealthCheckPath").ifPresent(p -> seen.add(Json.quote(p)));
        group.scalar("HealthCheckPort").ifPresent(p -> seen.add(Json.quote(p)));
        group
            .object("Matcher")
            .flatMap(m -> m.scalar("HttpCode"))
            .ifPresent(c -> seen.add(Json.quote(c)));
        String path = Json.text(group, "HealthCheckPath").orElse("/");
        String codes = group.object("Matcher").flatMap(m -> Json.text(m, "HttpCode")).orElse("200");
        context
            .claims()
            .claim(
                ELB002,
                seen,
                List.of(
                    "Make "
                        + path
                        + " answer "
                        + codes
                        + " on the container port, or set "
                        + name
                        + "'s HealthCheckPath to a path that does."));
      }
      if (context.claims().has(ELB003)) {
        List<String> seen = new ArrayList<>();
        group.scalar("HealthCheckTimeoutSeconds").ifPresent(t -> seen.add(Json.quote(t)));
        group.scalar("HealthCheckIntervalSeconds").ifPresent(t -> seen.add(Json.quote(t)));
        context.claims().claim(ELB003, seen, List.of());
      }
    }
  }

  private void gracePeriod(EcsService service, List<String> failures) {
    Optional<ScalarNode> grace = service.node().scalar("healthCheckGracePeriodSeconds");
    long seconds = grace.flatMap(ScalarNode::asLong).orElse(0L);
    Optional<Long> startPeriod =
        context.taskDefinition(Optional.empty()).stream()
            .flatMap(t -> t.containers().stream())
            .flatMap(c -> c.node().object("healthCheck").stream())
            .flatMap(h -> h.scalar("startPeriod").flatMap(ScalarNode::asLong).stream())
            .max(Long::compare);
    boolean startupLike = failures.stream().anyMatch(f -> STARTING_UP.matcher(f).find());
    if (context.claims().has(ELB002) && !startupLike) {
      // A wrong status code persists after any grace period; it is not the grace period's fault.
      if (seconds <= 0) {
        context
            .claims()
            .claim(
                ELB002,
                List.of(),
                List.of(
                    "Also set healthCheckGracePeriodSeconds (the service has none) so slow"
                        + " starts are not counted once the path answers."));
      }
      return;
    }
    List<String> seen = new ArrayList<>(failures);
    if (seconds <= 0) {
      seen.add(
          grace
              .map(Json::quote)
              .orElse(
                  service.node().position()
                      + " service "
                      + service.name()
                      + " has no healthCheckGracePeriodSeconds, yet sits behind a load"
                      + " balancer"));
    } else if (startPeriod.isPresent() && seconds < startPeriod.get()) {
      seen.add(
          Json.quote(grace.get())
              + " is shorter than the container health check's startPeriod of "
              + startPeriod.get()
              + " s");
    } else {
      return;
    }
    long suggested = Math.max(60, startPeriod.orElse(0L) + 30);
    context
        .claims()
        .claim(
            ELB001,
            seen,
            List.of(
                "Set healthCheckGracePeriodSeconds to at least " + suggested + " on the service."));
  }

  /** ELB004: no rule on any task security group admits anything on the container port. */
  private void ingress(EcsService service, List<String> failures) {
    List<String> groups = service.securityGroups();
    if (groups.isEmpty()) {
      return;
    }
    if (!context.snapshot().has(DESCRIBE_SECURITY_GROUPS)) {
      context
          .claims()
          .undecided(
              ELB004,
              "whether the task security group admits the load balancer",
              Set.of(DESCRIBE_SECURITY_GROUPS.fileName()));
      return;
    }
    List<ObjectNode> found =
        context
            .snapshot()
            .items(DESCRIBE_SECURITY_GROUPS)
            .filter(g -> Json.text(g, "GroupId").map(groups::contains).orElse(false))
            .toList();
    if (found.size() < groups.size()) {
      context
          .claims()
          .undecided(
              ELB004,
              "describe-security-groups.json lacks some of the task's groups " + groups,
              Set.of(DESCRIBE_SECURITY_GROUPS.fileName()));
      return;
    }
    List<String> loadBalancerGroups =
        context
            .snapshot()
            .items(DESCRIBE_LOAD_BALANCERS)
            .flatMap(l -> Json.strings(l, "SecurityGroups").stream())
            .toList();
    for (ObjectNode target : service.loadBalancers().toList()) {
      Optional<Long> port = Json.number(target, "containerPort");
      if (port.isEmpty()) {
        continue;
      }
      List<ObjectNode> covering =
          found.stream()
              .flatMap(g -> Json.objects(g, "IpPermissions"))
              .filter(p -> Permissions.coversPort(p, port.get()) && Permissions.hasDestination(p))
              .toList();
      boolean onlyOtherGroups =
          !covering.isEmpty()
              && !loadBalancerGroups.isEmpty()
              && covering.stream()
                  .allMatch(
                      p ->
                          Json.objects(p, "IpRanges").findAny().isEmpty()
                              && Json.objects(p, "Ipv6Ranges").findAny().isEmpty()
                              && Json.objects(p, "PrefixListIds").findAny().isEmpty()
                              && Json.objects(p, "UserIdGroupPairs")
                                  .noneMatch(
                                      u ->
                                          Json.text(u, "GroupId")
                                              .map(loadBalancerGroups::contains)
                                              .orElse(false)));
      if (covering.isEmpty() || onlyOtherGroups) {
        List<String> seen = new ArrayList<>(failures);
        seen.add(
            found.get(0).position()
                + " security groups "
                + String.join(", ", groups)
                + (covering.isEmpty()
                    ? " have no inbound rule for TCP " + port.get()
                    : " admit TCP "
                        + port.get()
                        + " only from groups other than the load balancer's "
                        + loadBalancerGroups));
        context
            .claims()
            .claim(
                ELB004,
                seen,
                List.of(
                    "Allow inbound TCP "
                        + port.get()
                        + " on "
                        + groups.get(0)
                        + " from the load balancer's security group"
                        + (loadBalancerGroups.isEmpty() ? "" : " " + loadBalancerGroups.get(0))
                        + "."));
        return;
      }
    }
  }

  private void deregistration(EcsService service) {
    List<String> draining = new ArrayList<>();
    context
        .snapshot()
        .items(DESCRIBE_TARGET_HEALTH)
        .forEach(
            t ->
                t.object("TargetHealth")
                    .filter(h -> Json.text(h, "State").map("draining"::equals).orElse(false))
                    .ifPresent(h -> draining.add(Json.quote(h, "State"))));
    service
        .events()
        .flatMap(e -> e.scalar("message").stream())
        .filter(m -> m.text().contains("has begun draining connections"))
        .findFirst()
        .ifPresent(m -> draining.add(Json.quote(m)));
    if (draining.isEmpty()) {
      return;
    }
    if (!context.snapshot().has(DESCRIBE_TARGET_GROUP_ATTRIBUTES)) {
      context
          .claims()
          .undecided(
              DEPLOY003,
              "targets are draining; how long depends on the target group's deregistration delay",
              Set.of(DESCRIBE_TARGET_GROUP_ATTRIBUTES.fileName()));
      return;
    }
    context
        .snapshot()
        .items(DESCRIBE_TARGET_GROUP_ATTRIBUTES)
        .filter(
            a ->
                Json.text(a, "Key")
                    .map("deregistration_delay.timeout_seconds"::equals)
                    .orElse(false))
        .flatMap(a -> a.scalar("Value").stream())
        .filter(v -> v.asLong().orElse(0L) > SLOW_DEREGISTRATION_SECONDS)
        .findFirst()
        .ifPresent(
            value -> {
              List<String> seen =
                  new ArrayList<>(List.of(Json.quote(value) + " seconds of deregistration delay"));
              seen.addAll(draining.stream().limit(2).toList());
              context.claims().claim(DEPLOY003, seen, List.of());
            });
  }

  /** ECS Exec checks apply only to a service that asked for it. */
  private void exec(EcsService service) {
    if (!Json.flag(service.node(), "enableExecuteCommand").orElse(false)) {
      return;
    }
    for (EcsTask task : context.tasks()) {
      if (task.stopped()) {
        continue;
      }
      task.node()
          .scalar("enableExecuteCommand")
          .filter(e -> e.asBoolean().map(b -> !b).orElse(false))
          .ifPresent(
              e ->
                  context
                      .claims()
                      .claim(
                          EXEC001,
                          List.of(
                              Json.quote(e)
                                  + " on task "
                                  + task.id()
                                  + " although the service enables it: the task started before"),
                          List.of()));
      task.containers().stream()
          .flatMap(c -> Json.objects(c, "managedAgents"))
          .filter(a -> Json.text(a, "name").map("ExecuteCommandAgent"::equals).orElse(false))
          .filter(a -> !Json.text(a, "lastStatus").map("RUNNING"::equals).orElse(false))
          .findFirst()
          .ifPresent(
              a -> {
                List<String> seen =
                    new ArrayList<>(List.of(Json.quote(a, "lastStatus") + " on task " + task.id()));
                a.scalar("reason").ifPresent(r -> seen.add(Json.quote(r)));
                context.claims().claim(EXEC004, seen, List.of());
              });
    }
    Optional<TaskDefinition> definition = context.taskDefinition(Optional.empty());
    if (definition.isPresent()) {
      Verdict role =
          new RolePolicies(context.snapshot())
              .lacks(
                  "taskRoleArn",
                  Json.text(definition.get().node(), "taskRoleArn"),
                  List.of(
                      "ssmmessages:CreateControlChannel",
                      "ssmmessages:CreateDataChannel",
                      "ssmmessages:OpenControlChannel",
                      "ssmmessages:OpenDataChannel"));
      context
          .claims()
          .record(EXEC002, role, List.of(Json.quote(service.node(), "enableExecuteCommand")));
    }
    Verdict path =
        new NetworkPath(context.snapshot(), service).blocked(List.of("ssmmessages"), false);
    context
        .claims()
        .record(EXEC003, path, List.of(Json.quote(service.node(), "enableExecuteCommand")));
  }
}
