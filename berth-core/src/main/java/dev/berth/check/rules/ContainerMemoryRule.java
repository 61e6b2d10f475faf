package dev.berth.check.rules;

import dev.berth.check.Docs;
import dev.berth.check.Findings;
import dev.berth.check.Severity;
import dev.berth.check.TaskDefinitionRule;
import dev.berth.model.ContainerDefinition;
import dev.berth.model.TaskDefinition;
import dev.berth.source.ScalarNode;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * ECS004: container memory limits must fit the task: a hard limit above the soft one, each within
 * the task memory, their reservations adding up to no more than it, and without task memory a limit
 * on every container.
 */
public final class ContainerMemoryRule extends TaskDefinitionRule {

  public ContainerMemoryRule() {
    super(
        "ECS004",
        Severity.ERROR,
        "Container memory and memoryReservation must fit the task memory",
        Docs.CONTAINER_DEFINITION);
  }

  @Override
  protected void check(TaskDefinition td, Findings findings) {
    OptionalInt taskMemory = td.memoryMiB();
    // A task memory that is a placeholder, or one ECS001 cannot read, is still a task memory.
    boolean taskMemoryWritten = td.node().get("memory").isPresent();
    long reserved = 0;
    boolean allKnown = true;
    for (ContainerDefinition container : td.containers()) {
      Optional<ScalarNode> hard = container.integer("memory");
      Optional<ScalarNode> soft = container.integer("memoryReservation");
      if (isUnknown(container, "memory") || isUnknown(container, "memoryReservation")) {
        allKnown = false;
        continue;
      }
      // The API reference asks for memory strictly greater than memoryReservation.
      if (hard.isPresent() && soft.isPresent() && value(soft) >= value(hard)) {
        findings.report(
            soft.get(),
            "container "
                + container.label()
                + " reserves "
                + value(soft)
                + " MiB (memoryReservation) but is limited to "
                + value(hard)
                + " MiB (memory); the hard limit must be greater than the soft limit",
            "lower memoryReservation below " + value(hard) + " or raise memory");
      }
      if (taskMemory.isPresent()) {
        int task = taskMemory.getAsInt();
        for (Optional<ScalarNode> limit : java.util.List.of(hard, soft)) {
          if (limit.isPresent() && value(limit) > task) {
            String key = limit == hard ? "memory" : "memoryReservation";
            findings.report(
                limit.get(),
                "container "
                    + container.label()
                    + " "
                    + key
                    + " is "
                    + value(limit)
                    + " MiB, more than the task's "
                    + task
                    + " MiB",
                "use at most " + task + " for " + key + " or raise the task memory");
          }
        }
      } else if (hard.isEmpty() && soft.isEmpty() && !taskMemoryWritten) {
        findings.report(
            container.node(),
            "container "
                + container.label()
                + " has neither memory nor memoryReservation, and the task has no task-level"
                + " memory",
            "set memoryReservation (the soft limit), or a task-level memory");
      }
      reserved += soft.isPresent() ? value(soft) : hard.map(h -> value(Optional.of(h))).orElse(0L);
    }
    if (allKnown && taskMemory.isPresent() && reserved > taskMemory.getAsInt()) {
      findings.report(
          td.memory().orElseThrow(),
          "the containers reserve "
              + reserved
              + " MiB in all, more than the task memory of "
              + taskMemory.getAsInt()
              + " MiB",
          "raise the task memory to at least " + reserved + " or lower the containers' limits");
    }
  }

  private static boolean isUnknown(ContainerDefinition container, String key) {
    return container.node().scalar(key).map(ScalarNode::isUnknown).orElse(false);
  }

  private static long value(Optional<ScalarNode> limit) {
    return limit.flatMap(ScalarNode::asLong).orElse(0L);
  }
}
