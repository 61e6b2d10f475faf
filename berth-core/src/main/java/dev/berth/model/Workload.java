package dev.berth.model;

import java.util.List;

/**
 * What the user intends to run, read from their files: every document normalised to the shapes of
 * the ECS and ECR APIs, every value carrying its file, line and column.
 */
public record Workload(List<TaskDefinition> taskDefinitions) {

  public Workload {
    taskDefinitions = List.copyOf(taskDefinitions);
  }

  public static Workload of(List<TaskDefinition> taskDefinitions) {
    return new Workload(taskDefinitions);
  }
}
