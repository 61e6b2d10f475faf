package dev.berth.check;

import dev.berth.model.TaskDefinition;
import dev.berth.model.Workload;

/** A rule that looks at one task definition at a time. */
public interface TaskDefinitionRule extends Rule {

  void check(TaskDefinition taskDefinition, Findings findings);

  @Override
  default void check(Workload workload, Findings findings) {
    for (TaskDefinition taskDefinition : workload.taskDefinitions()) {
      check(taskDefinition, findings);
    }
  }
}
