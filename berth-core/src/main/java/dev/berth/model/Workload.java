package dev.berth.model;

import dev.berth.ecr.LifecyclePolicy;
import java.util.List;

/**
 * What the user intends to run, read from their files: every document normalised to the shapes of
 * the ECS and ECR APIs, every value carrying its file, line and column.
 */
public record Workload(
    List<TaskDefinition> taskDefinitions, List<LifecyclePolicy> lifecyclePolicies) {

  public Workload {
    taskDefinitions = List.copyOf(taskDefinitions);
    lifecyclePolicies = List.copyOf(lifecyclePolicies);
  }

  /** A workload of task definitions only. */
  public Workload(List<TaskDefinition> taskDefinitions) {
    this(taskDefinitions, List.of());
  }

  public static Workload of(List<TaskDefinition> taskDefinitions) {
    return new Workload(taskDefinitions);
  }

  public static Workload of(
      List<TaskDefinition> taskDefinitions, List<LifecyclePolicy> lifecyclePolicies) {
    return new Workload(taskDefinitions, lifecyclePolicies);
  }
}
