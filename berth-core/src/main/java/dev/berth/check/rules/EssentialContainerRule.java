package dev.berth.check.rules;

import dev.berth.check.Docs;
import dev.berth.check.Findings;
import dev.berth.check.Severity;
import dev.berth.check.TaskDefinitionRule;
import dev.berth.model.ContainerDefinition;
import dev.berth.model.TaskDefinition;

/** ECS005: a task needs at least one essential container. */
public final class EssentialContainerRule extends TaskDefinitionRule {

  public EssentialContainerRule() {
    super(
        "ECS005",
        Severity.ERROR,
        "A task definition needs at least one essential container",
        Docs.CONTAINER_DEFINITION);
  }

  @Override
  protected void check(TaskDefinition td, Findings findings) {
    if (td.containers().isEmpty()) {
      findings.report(
          td.node().get("containerDefinitions").orElse(td.node()),
          "the task definition has no container definitions",
          "add at least one container with a name and an image");
      return;
    }
    if (td.containers().stream().noneMatch(ContainerDefinition::isEssential)) {
      findings.report(
          td.node().get("containerDefinitions").orElseThrow(),
          "no container is essential, so ECS rejects the task definition",
          "set \"essential\": true on the main container " + td.containers().get(0).label());
    }
  }
}
