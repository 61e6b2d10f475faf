package dev.berth.check;

import dev.berth.model.TaskDefinition;
import dev.berth.model.Workload;

/** A rule that looks at one task definition at a time. */
public abstract class TaskDefinitionRule extends AbstractRule {

  protected TaskDefinitionRule(String id, Severity severity, String title, String source) {
    super(id, severity, title, source);
  }

  /** Reports every violation in one task definition. */
  protected abstract void check(TaskDefinition taskDefinition, Findings findings);

  @Override
  public final void check(Workload workload, Findings findings) {
    for (TaskDefinition taskDefinition : workload.taskDefinitions()) {
      try {
        check(taskDefinition, findings);
      } catch (RuntimeException failure) {
        findings.ruleFailed(taskDefinition.node(), failure);
      }
    }
  }
}
