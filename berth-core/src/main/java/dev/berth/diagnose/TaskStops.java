package dev.berth.diagnose;

import static dev.berth.diagnose.Causes.*;

import dev.berth.model.ContainerDefinition;
import dev.berth.model.TaskDefinition;
import dev.berth.source.ObjectNode;
import dev.berth.source.ScalarNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Why one stopped task stopped. The container's own reason and exit code come first: the task's
 * stoppedReason often only says that an essential container exited. When ECS itself stopped the
 * task (scale-in, a failed health check, a deployment, Spot), the task's reason comes first and the
 * exit code is the consequence of the stop, not its cause.
 */
final class TaskStops {

  private static final Set<String> REQUESTED_STOPS =
      Set.of("ServiceSchedulerInitiated", "UserInitiated", "SpotInterruption", "TerminationNotice");

  private static final Set<String> JVM_OPTION_VARIABLES =
      Set.of("JAVA_TOOL_OPTIONS", "JAVA_OPTS", "JDK_JAVA_OPTIONS", "CATALINA_OPTS");

  private static final Pattern HEAP_FLAG = Pattern.compile("-Xmx\\d+[kKmMgG]?");

  private final SnapshotDiagnoser.Context context;
  private final SnapshotDiagnoser diagnoser;

  TaskStops(SnapshotDiagnoser.Context context, SnapshotDiagnoser diagnoser) {
    this.context = context;
    this.diagnoser = diagnoser;
  }

  void examine(EcsTask task) {
    ObjectNode node = task.node();
    String stopCode = Json.text(node, "stopCode").orElse("");
    Optional<ScalarNode> taskReason = node.scalar("stoppedReason");
    boolean requested = REQUESTED_STOPS.contains(stopCode);

    if (stopCode.equals("SpotInterruption")) {
      context.claims().claim(CAP002, List.of(Json.quote(node, "stopCode")), List.of());
    }
    if (requested && taskReason.isPresent()) {
      diagnoser.examineMessage(context, taskReason.get().text(), Json.quote(taskReason.get()));
    }

    boolean containerSpoke = false;
    for (ObjectNode container : task.containers()) {
      containerSpoke |= examineContainer(task, container, requested, taskReason);
    }
    if (!containerSpoke && !requested && taskReason.isPresent()) {
      diagnoser.examineMessage(context, taskReason.get().text(), Json.quote(taskReason.get()));
    }
  }

  /** True when the container's reason or exit code explains the stop. */
  private boolean examineContainer(
      EcsTask task, ObjectNode container, boolean requested, Optional<ScalarNode> taskReason) {
    String name = Json.text(container, "name").orElse("?");
    Optional<ContainerDefinition> definition = context.container(task.taskDefinitionArn(), name);
    boolean essential = definition.map(ContainerDefinition::isEssential).orElse(true);
    Optional<ScalarNode> reason = container.scalar("reason");
    Optional<ScalarNode> exit = container.scalar("exitCode").filter(s -> s.asLong().isPresent());
    long code = exit.flatMap(ScalarNode::asLong).orElse(0L);
    String taskNote = taskReason.map(r -> " (task: " + Messages.quote(r.text()) + ")").orElse("");

    boolean outOfMemory = reason.map(r -> r.text().contains("OutOfMemory")).orElse(false);
    if (outOfMemory || (code == 137 && !requested)) {
      List<String> seen = new ArrayList<>();
      exit.ifPresent(e -> seen.add(Json.quote(e)));
      reason.ifPresent(r -> seen.add(Json.quote(r)));
      seen.set(seen.size() - 1, seen.get(seen.size() - 1) + taskNote);
      memoryFacts(task, container, definition, seen, new ArrayList<>());
      return true;
    }
    if (code == 137) {
      context
          .claims()
          .claim(
              EXIT004,
              List.of(
                  Json.quote(exit.get())
                      + ": SIGKILL after ECS asked the task to stop, so it outlived stopTimeout"
                      + " (an OOM kill would carry an OutOfMemoryError reason)"
                      + taskNote),
              List.of());
      return true;
    }
    if (reason.isPresent()) {
      diagnoser.examineMessage(context, reason.get().text(), Json.quote(reason.get()) + taskNote);
      return true;
    }
    if (code == 0 || !essential || requested) {
      return false;
    }
    List<String> seen = new ArrayList<>(List.of(Json.quote(exit.get()) + taskNote));
    List<String> fix = new ArrayList<>();
    Cause cause;
    if (code == 126 || code == 127) {
      cause = EXIT002;
      definition.ifPresent(
          d -> {
            d.node().scalar("entryPoint").ifPresent(e -> seen.add(Json.quote(e)));
            d.node()
                .array("entryPoint")
                .ifPresent(
                    a ->
                        seen.add(
                            a.position()
                                + " entryPoint "
                                + a.strings().map(ScalarNode::text).toList()));
            d.node()
                .array("command")
                .ifPresent(
                    a ->
                        seen.add(
                            a.position()
                                + " command "
                                + a.strings().map(ScalarNode::text).toList()));
          });
    } else if (code == 139) {
      cause = EXIT003;
    } else if (code == 143) {
      cause = EXIT004;
    } else {
      cause = EXIT001;
      definition
          .flatMap(ContainerDefinition::logConfiguration)
          .flatMap(l -> l.object("options"))
          .flatMap(o -> o.knownString("awslogs-group"))
          .ifPresent(
              group -> fix.add("Read the log group " + group + " for container '" + name + "'."));
    }
    context.claims().claim(cause, seen, fix);
    return true;
  }

  /** The heap size of an -Xmx flag in MiB (a bare number is bytes). */
  private static long heapMiB(String flag) {
    String size = flag.substring("-Xmx".length());
    char unit = Character.toLowerCase(size.charAt(size.length() - 1));
    long number =
        Long.parseLong(Character.isDigit(unit) ? size : size.substring(0, size.length() - 1));
    return switch (unit) {
      case 'g' -> number * 1024;
      case 'm' -> number;
      case 'k' -> number / 1024;
      default -> number / (1024 * 1024);
    };
  }

  /** Claims OOM001 with the container and task memory side by side, and JVM advice. */
  private void memoryFacts(
      EcsTask task,
      ObjectNode container,
      Optional<ContainerDefinition> definition,
      List<String> seen,
      List<String> fix) {
    String name = Json.text(container, "name").orElse("?");
    Optional<Long> hard =
        definition
            .flatMap(d -> d.integer("memory"))
            .flatMap(ScalarNode::asLong)
            .or(() -> container.scalar("memory").flatMap(ScalarNode::asLong));
    Optional<Long> soft =
        definition
            .flatMap(d -> d.integer("memoryReservation"))
            .flatMap(ScalarNode::asLong)
            .or(() -> container.scalar("memoryReservation").flatMap(ScalarNode::asLong));
    Optional<TaskDefinition> taskDefinition = context.taskDefinition(task.taskDefinitionArn());
    Optional<Long> taskMemory =
        taskDefinition
            .flatMap(
                t ->
                    t.memoryMiB().isPresent()
                        ? Optional.of((long) t.memoryMiB().getAsInt())
                        : Optional.empty())
            .or(() -> task.node().scalar("memory").flatMap(ScalarNode::asLong));

    seen.add(
        "memory of container '"
            + name
            + "': hard limit "
            + hard.map(m -> m + " MiB").orElse("none")
            + ", reservation "
            + soft.map(m -> m + " MiB").orElse("none")
            + "; task memory "
            + taskMemory.map(m -> m + " MiB").orElse("unknown (describe-task-definition.json)"));
    if (hard.isPresent() && taskMemory.isPresent() && hard.get() < taskMemory.get()) {
      fix.add(
          "Raise container '"
              + name
              + "' memory from "
              + hard.get()
              + " MiB toward the task's "
              + taskMemory.get()
              + " MiB, or remove the container limit so the task's applies.");
    } else if (taskMemory.isPresent()) {
      fix.add(
          "Raise the task memory above "
              + taskMemory.get()
              + " MiB (on Fargate, the next valid size for the task's cpu).");
    }

    String image =
        Json.text(container, "image")
            .or(() -> definition.flatMap(ContainerDefinition::image).map(ScalarNode::text))
            .orElse("");
    List<String> heapFlags = new ArrayList<>();
    boolean jvmVariable = false;
    if (definition.isPresent()) {
      for (ObjectNode variable : definition.get().objects("environment").toList()) {
        String key = Json.text(variable, "name").orElse("");
        if (JVM_OPTION_VARIABLES.contains(key)) {
          jvmVariable = true;
          Matcher m = HEAP_FLAG.matcher(Json.text(variable, "value").orElse(""));
          while (m.find()) {
            String flag = m.group();
            boolean overLimit = hard.isPresent() && heapMiB(flag) >= hard.get();
            heapFlags.add(
                key
                    + " sets "
                    + flag
                    + (overLimit
                        ? ", a heap as large as the " + hard.get() + " MiB container limit"
                        : ""));
          }
        }
      }
    }
    if (ImageReference.looksLikeJvm(image) || jvmVariable) {
      seen.add(
          "container '"
              + name
              + "' runs a JVM ("
              + (jvmVariable ? "JVM options in its environment" : "image " + image)
              + ")"
              + (heapFlags.isEmpty() ? "" : ": " + String.join(", ", heapFlags)));
      fix.add(
          "For the JVM in '"
              + name
              + "', replace a fixed -Xmx with -XX:MaxRAMPercentage=75 (JAVA_TOOL_OPTIONS) so the"
              + " heap stays under the container limit and leaves room for metaspace, threads"
              + " and native memory.");
    }
    context.claims().claim(OOM001, seen, fix);
  }
}
