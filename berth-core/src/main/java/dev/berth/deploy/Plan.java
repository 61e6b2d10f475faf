package dev.berth.deploy;

import java.util.List;
import java.util.Optional;

/**
 * What a deployment will change, computed before anything is written: the task definition diff, the
 * service attribute diff, and the steps in the order they run. {@code reusedTaskDefinition} is the
 * ARN of a registered revision equal to the user's file, which a deployment uses instead of
 * registering a new one.
 */
public record Plan(
    String family,
    String serviceName,
    List<Change> taskDefinitionChanges,
    List<Change> serviceChanges,
    List<PlanStep> steps,
    Optional<String> reusedTaskDefinition,
    Optional<String> previousTaskDefinition) {

  public Plan {
    taskDefinitionChanges = List.copyOf(taskDefinitionChanges);
    serviceChanges = List.copyOf(serviceChanges);
    steps = List.copyOf(steps);
  }

  /** True when the plan does nothing: the service already runs what the files say. */
  public boolean isEmpty() {
    return steps.isEmpty();
  }

  public boolean hasDestructiveSteps() {
    return steps.stream().anyMatch(PlanStep::destructive);
  }

  public boolean has(PlanStep.Kind kind) {
    return steps.stream().anyMatch(step -> step.kind() == kind);
  }

  public List<PlanStep> destructiveSteps() {
    return steps.stream().filter(PlanStep::destructive).toList();
  }
}
