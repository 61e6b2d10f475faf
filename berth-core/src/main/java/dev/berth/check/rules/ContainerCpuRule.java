package dev.berth.check.rules;

import dev.berth.check.Docs;
import dev.berth.check.Findings;
import dev.berth.check.Severity;
import dev.berth.check.TaskDefinitionRule;
import dev.berth.model.ContainerDefinition;
import dev.berth.model.TaskDefinition;
import dev.berth.source.ScalarNode;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

/**
 * ECS021: when the task sets a cpu size, the CPU units its containers reserve must fit in it: no
 * container may reserve more than the task has, and neither may all of them together.
 */
public final class ContainerCpuRule extends TaskDefinitionRule {

  public ContainerCpuRule() {
    super(
        "ECS021",
        Severity.ERROR,
        "Container cpu must fit in the task-level cpu",
        Docs.CONTAINER_DEFINITION);
  }

  @Override
  protected void check(TaskDefinition td, Findings findings) {
    OptionalInt taskCpu = td.cpuUnits();
    if (taskCpu.isEmpty() || td.cpu().isEmpty()) {
      return;
    }
    int task = taskCpu.getAsInt();
    List<ScalarNode> reserved = new ArrayList<>();
    boolean allKnown = true;
    boolean oneTooLarge = false;
    for (ContainerDefinition container : td.containers()) {
      if (container.node().scalar("cpu").map(ScalarNode::isUnknown).orElse(false)) {
        allKnown = false;
        continue;
      }
      ScalarNode cpu = container.integer("cpu").orElse(null);
      if (cpu == null) {
        continue;
      }
      reserved.add(cpu);
      long units = cpu.asLong().orElseThrow();
      if (units > task) {
        oneTooLarge = true;
        findings.report(
            cpu,
            "container "
                + container.label()
                + " reserves "
                + units
                + " CPU units, more than the "
                + task
                + " the whole task has",
            "lower its cpu to " + task + " or less, or raise the task-level cpu");
      }
    }
    if (!allKnown || oneTooLarge || reserved.size() < 2) {
      return;
    }
    long total = reserved.stream().mapToLong(c -> c.asLong().orElseThrow()).sum();
    if (total > task) {
      findings.report(
          td.cpu().get(),
          "the containers reserve "
              + total
              + " CPU units together, more than the task-level cpu of "
              + task,
          "lower the containers' cpu values so they add up to "
              + task
              + " or less, or raise"
              + " the task-level cpu");
    }
  }
}
