package dev.berth.diagnose;

import static dev.berth.diagnose.Causes.*;
import static dev.berth.diagnose.SnapshotFile.*;

import dev.berth.model.ContainerDefinition;
import dev.berth.model.TaskDefinition;
import dev.berth.source.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Turns a {@link Snapshot} into the causes it proves. Every signal of failure in the snapshot (a
 * container's reason and exit code, a task's stopped reason, a service event, a target's health) is
 * explained like a pasted message; each cause it points to is then claimed only when the rest of
 * the snapshot proves it, and otherwise reported as undecided with the file that would decide it.
 * Pure: the newest timestamp in the snapshot stands in for "now".
 */
public final class SnapshotDiagnoser {

  /** Clues at least this heavy name one failure on their own, so the message proves the cause. */
  private static final int DECISIVE = 40;

  /** Below this a clue is a shared prefix, not worth a check of its own. */
  private static final int WORTH_CHECKING = 10;

  private static final int TIMELINE_LENGTH = 20;

  private static final List<Cause> NETWORK = List.of(PULL001, SECRET001, PULL007, EXEC003);
  private static final List<Cause> FAMILY_ORDER =
      List.of(
          PULL001, PULL002, PULL003, PULL004, PULL005, PULL006, PULL007, SECRET001, SECRET002,
          SECRET003, OOM001, HEALTH001, LOG001, EXIT001, EXIT002, EXIT003, EXIT004);

  private final MessageExplainer explainer = new MessageExplainer();

  public DiagnoseReport diagnose(Snapshot snapshot) {
    Optional<EcsService> service =
        snapshot.items(DESCRIBE_SERVICES).findFirst().map(EcsService::new);
    List<EcsTask> tasks = snapshot.items(DESCRIBE_TASKS).map(EcsTask::new).toList();
    Context context = new Context(snapshot, service, tasks, new Claims());

    for (EcsTask task : tasks) {
      if (task.stopped()) {
        new TaskStops(context, this).examine(task);
      }
    }
    service.ifPresent(s -> recentEvents(s).forEach(event -> examineEvent(context, event)));
    snapshot.items(DESCRIBE_TARGET_HEALTH).forEach(target -> examineTargetHealth(context, target));
    service.ifPresent(s -> new ServiceChecks(context).examine(s));
    secretReferences(context);
    healthCheckCommands(context);

    List<Diagnosis> causes = new ArrayList<>(context.claims().causes());
    causes.sort(Comparator.comparingInt(SnapshotDiagnoser::family));
    return new DiagnoseReport(
        service.map(s -> state(s)),
        Timeline.of(snapshot, service, tasks, TIMELINE_LENGTH),
        causes,
        context.claims().undecided(),
        notes(snapshot, service, tasks),
        snapshot.errors());
  }

  /** What the snapshot would need for a fuller answer. */
  private static List<String> notes(
      Snapshot snapshot, Optional<EcsService> service, List<EcsTask> tasks) {
    List<String> notes = new ArrayList<>();
    if (service.isEmpty()) {
      notes.add(
          "no describe-services.json: the service's state, events, deployments and network"
              + " configuration are unknown");
    }
    snapshot
        .documents(DESCRIBE_SERVICES)
        .flatMap(d -> Json.objects(d.root(), "failures"))
        .forEach(
            f ->
                notes.add(
                    f.position()
                        + " describe-services reports "
                        + Json.text(f, "reason").orElse("a failure")
                        + " for "
                        + Json.text(f, "arn").orElse("a service")
                        + " (check the cluster and region)"));
    long services = snapshot.items(DESCRIBE_SERVICES).count();
    if (services > 1) {
      notes.add(
          "describe-services.json lists "
              + services
              + " services; this diagnosis is of the first, "
              + service.map(EcsService::name).orElse("?")
              + " (save one snapshot per service)");
    }
    boolean anyStopped = tasks.stream().anyMatch(EcsTask::stopped);
    service.ifPresent(
        s -> {
          long running = Json.number(s.node(), "runningCount").orElse(0L);
          long desired = Json.number(s.node(), "desiredCount").orElse(0L);
          if (running < desired && !anyStopped) {
            notes.add(
                running
                    + " of "
                    + desired
                    + " tasks run, but the snapshot holds no stopped task: save `aws ecs"
                    + " describe-tasks` for the tasks `aws ecs list-tasks --service-name "
                    + s.name()
                    + " --desired-status STOPPED` lists (ECS keeps them about an hour) as"
                    + " describe-tasks.stopped.json");
          }
        });
    if (!snapshot.has(DESCRIBE_TASK_DEFINITION)) {
      notes.add(
          "no describe-task-definition.json: images, memory limits, roles and secrets are"
              + " unknown");
    }
    return notes;
  }

  /**
   * Beside a failing container health check, what the check runs: only the program's name, since a
   * command line can carry a token.
   */
  private static void healthCheckCommands(Context context) {
    if (!context.claims().has(HEALTH001)) {
      return;
    }
    List<String> seen = new ArrayList<>();
    context.taskDefinition(Optional.empty()).stream()
        .flatMap(t -> t.containers().stream())
        .forEach(
            c ->
                c.node()
                    .object("healthCheck")
                    .ifPresent(
                        check -> {
                          List<String> command = Json.strings(check, "command");
                          String program =
                              command.size() > 1 && command.get(0).startsWith("CMD")
                                  ? command.get(1).strip().split("\\s+")[0]
                                  : "?";
                          seen.add(
                              check.position()
                                  + " container "
                                  + c.label()
                                  + "'s healthCheck runs "
                                  + program
                                  + ", startPeriod "
                                  + Json.text(check, "startPeriod")
                                      .map(p -> p + " s")
                                      .orElse("0 s (unset)"));
                        }));
    context.claims().claim(HEALTH001, seen, List.of());
  }

  /** A malformed secret reference explains a secrets failure better than any network check. */
  private static void secretReferences(Context context) {
    boolean secretsFailed =
        !context.secretFailures().isEmpty()
            || context.claims().has(SECRET001)
            || context.claims().has(SECRET002);
    if (!secretsFailed) {
      return;
    }
    context
        .taskDefinition(Optional.empty())
        .map(SecretReferences::malformed)
        .filter(found -> !found.isEmpty())
        .ifPresent(
            found -> {
              List<String> seen = new ArrayList<>(context.secretFailures());
              seen.addAll(found);
              context.claims().claim(SECRET003, seen, List.of());
            });
  }

  /** Task-level causes first (they are why deployments fail), then the service's. */
  private static int family(Diagnosis diagnosis) {
    int index = FAMILY_ORDER.indexOf(diagnosis.cause());
    return index >= 0 ? index : FAMILY_ORDER.size() + Causes.all().indexOf(diagnosis.cause());
  }

  /** The events since the service last reached a steady state, oldest repeats dropped. */
  private static List<ObjectNode> recentEvents(EcsService service) {
    List<ObjectNode> events = new ArrayList<>(service.events().toList());
    events.sort(Comparator.comparing(SnapshotDiagnoser::eventTime).reversed());
    List<ObjectNode> recent = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    for (ObjectNode event : events) {
      String message = Json.text(event, "message").orElse("");
      if (message.contains("has reached a steady state")) {
        break;
      }
      if (seen.add(normalise(message))) {
        recent.add(event);
      }
    }
    return recent;
  }

  private static Instant eventTime(ObjectNode event) {
    return event.scalar("createdAt").flatMap(Timestamps::parse).orElse(Instant.EPOCH);
  }

  /** Event messages repeat with different task and instance IDs. */
  private static String normalise(String message) {
    return message.replaceAll("\\(task [^)]*\\)|\\(instance [^)]*\\)|[0-9a-f]{32}", "");
  }

  private void examineEvent(Context context, ObjectNode event) {
    event.scalar("message").ifPresent(m -> examineMessage(context, m.text(), Json.quote(m)));
  }

  private void examineTargetHealth(Context context, ObjectNode target) {
    Optional<ObjectNode> health = target.object("TargetHealth");
    if (health.isEmpty()
        || !Json.text(health.get(), "State")
            .map(s -> s.equals("unhealthy") || s.equals("draining"))
            .orElse(false)) {
      return;
    }
    String text =
        Json.text(health.get(), "Reason").orElse("")
            + " "
            + Json.text(health.get(), "Description").orElse("");
    examineMessage(
        context, text, Json.quote(health.get(), "Reason") + " " + Messages.quote(text.strip()));
  }

  /** Explains one message from the snapshot and claims what the snapshot proves of it. */
  void examineMessage(Context context, String text, String quote) {
    List<MessageExplainer.Ranked> ranked = explainer.rank(text);
    for (MessageExplainer.Ranked candidate : ranked) {
      if (candidate.score() < WORTH_CHECKING) {
        continue;
      }
      Cause cause = candidate.diagnosis().cause();
      List<String> seen = List.of(quote);
      if ((cause == SECRET001 || cause == SECRET002 || cause == SECRET003)
          && !context.secretFailures().contains(quote)) {
        context.secretFailures().add(quote);
      }
      if (NETWORK.contains(cause)) {
        Verdict verdict = new Proofs(context).network(cause, text);
        if (cause == PULL007 && !verdict.isProven()) {
          Verdict permission = new Proofs(context).permission(cause, text, candidate);
          context.claims().record(cause, permission.isProven() ? permission : verdict, seen);
        } else {
          context.claims().record(cause, verdict, seen);
        }
      } else if (cause == PULL002 || cause == SECRET002 || cause == EXEC002) {
        context
            .claims()
            .record(cause, new Proofs(context).permission(cause, text, candidate), seen);
      } else if (cause == ELB001 || cause == ELB004) {
        context.healthCheckFailures().add(quote);
      } else if (cause == DEPLOY003) {
        continue;
      } else if (cause == OOM001) {
        context.claims().claim(cause, seen, List.of());
      } else if (cause == SVC003 || cause == WAIT001) {
        continue;
      } else if (candidate.score() >= DECISIVE) {
        if (cause == PULL003 && context.claims().has(PULL004)) {
          continue;
        }
        context.claims().claim(cause, seen, List.of());
      }
      if (candidate.score() >= DECISIVE && (cause == ELB002 || cause == ELB003)) {
        context.healthCheckFailures().add(quote);
      }
    }
  }

  private static ServiceState state(EcsService service) {
    ObjectNode node = service.node();
    String summary =
        "service "
            + service.name()
            + " "
            + Json.text(node, "status").orElse("?")
            + ": "
            + Json.number(node, "runningCount").map(String::valueOf).orElse("?")
            + " of "
            + Json.number(node, "desiredCount").map(String::valueOf).orElse("?")
            + " tasks running, "
            + Json.number(node, "pendingCount").map(String::valueOf).orElse("?")
            + " pending; task definition "
            + Json.text(node, "taskDefinition").map(SnapshotDiagnoser::shortArn).orElse("?")
            + Json.text(node, "launchType").map(l -> "; " + l).orElse("");
    List<String> deployments =
        service
            .deployments()
            .map(
                d ->
                    Json.text(d, "id").orElse("deployment")
                        + " "
                        + Json.text(d, "status").orElse("?")
                        + Json.text(d, "rolloutState").map(r -> " " + r).orElse("")
                        + ": "
                        + Json.number(d, "runningCount").orElse(0L)
                        + " running of "
                        + Json.number(d, "desiredCount").orElse(0L)
                        + ", "
                        + Json.number(d, "failedTasks").orElse(0L)
                        + " failed tasks"
                        + Json.text(d, "taskDefinition")
                            .map(t -> " (" + shortArn(t) + ")")
                            .orElse("")
                        + Json.text(d, "rolloutStateReason").map(r -> ": " + r).orElse(""))
            .toList();
    return new ServiceState(summary, deployments);
  }

  static String shortArn(String arn) {
    return arn.substring(arn.lastIndexOf('/') + 1);
  }

  /** What every step of one diagnosis shares. */
  record Context(
      Snapshot snapshot,
      Optional<EcsService> service,
      List<EcsTask> tasks,
      Claims claims,
      List<String> healthCheckFailures,
      List<String> secretFailures) {

    Context(Snapshot snapshot, Optional<EcsService> service, List<EcsTask> tasks, Claims claims) {
      this(snapshot, service, tasks, claims, new ArrayList<>(), new ArrayList<>());
    }

    /** The task definitions in the snapshot. */
    List<TaskDefinition> taskDefinitions() {
      return snapshot
          .documents(DESCRIBE_TASK_DEFINITION)
          .flatMap(d -> TaskDefinition.recognise(d.fileName(), d.root()).stream())
          .toList();
    }

    /** The task definition a task (or else the service) runs, when the snapshot has it. */
    Optional<TaskDefinition> taskDefinition(Optional<String> arn) {
      List<TaskDefinition> all = taskDefinitions();
      Optional<String> wanted =
          arn.or(() -> service.flatMap(s -> Json.text(s.node(), "taskDefinition")));
      if (wanted.isPresent()) {
        Optional<TaskDefinition> exact =
            all.stream()
                .filter(
                    t ->
                        Json.text(t.node(), "taskDefinitionArn")
                            .map(wanted.get()::equals)
                            .orElse(false))
                .findFirst();
        if (exact.isPresent()) {
          return exact;
        }
      }
      return all.size() == 1 ? Optional.of(all.get(0)) : Optional.empty();
    }

    Optional<ContainerDefinition> container(Optional<String> taskDefinitionArn, String name) {
      return taskDefinition(taskDefinitionArn).flatMap(t -> t.container(name));
    }
  }
}
