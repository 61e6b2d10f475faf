package dev.berth.check.rules;

import dev.berth.check.Docs;
import dev.berth.check.Findings;
import dev.berth.check.Severity;
import dev.berth.check.TaskDefinitionRule;
import dev.berth.model.ContainerDefinition;
import dev.berth.model.TaskDefinition;
import dev.berth.source.ObjectNode;
import dev.berth.source.ScalarNode;
import java.util.Optional;
import java.util.Set;

/**
 * ECS010: a dependsOn condition must be one the target can reach: HEALTHY needs a health check on
 * the target, COMPLETE and SUCCESS a target that is not essential. A condition ECS does not know
 * (or a miscased one) is reported by ECS020.
 */
public final class DependsOnRule extends TaskDefinitionRule {

  private static final Set<String> CONDITIONS = Set.of("START", "COMPLETE", "SUCCESS", "HEALTHY");

  public DependsOnRule() {
    super(
        "ECS010",
        Severity.ERROR,
        "dependsOn conditions must be reachable by the container waited for",
        Docs.CONTAINER_DEPENDENCY);
  }

  @Override
  protected void check(TaskDefinition td, Findings findings) {
    for (ContainerDefinition container : td.containers()) {
      container.objects("dependsOn").forEach(d -> checkDependency(td, container, d, findings));
    }
  }

  private static void checkDependency(
      TaskDefinition td, ContainerDefinition container, ObjectNode dependency, Findings findings) {
    Optional<ScalarNode> condition =
        dependency.scalar("condition").filter(c -> c.isString() && !c.isUnknown());
    Optional<String> targetName = dependency.knownString("containerName");
    if (condition.isEmpty() || targetName.isEmpty()) {
      return;
    }
    // ECS compares conditions exactly; a miscased or unknown one is ECS020's to report.
    String value = condition.get().text();
    if (!CONDITIONS.contains(value)) {
      return;
    }
    Optional<ContainerDefinition> target = td.container(targetName.get());
    if (target.isEmpty()) {
      return;
    }
    if (value.equals("HEALTHY") && target.get().node().object("healthCheck").isEmpty()) {
      findings.report(
          condition.get(),
          "container "
              + container.label()
              + " waits for '"
              + targetName.get()
              + "' to be HEALTHY, but '"
              + targetName.get()
              + "' has no healthCheck, so it never becomes healthy and "
              + container.label()
              + " never starts",
          "add a healthCheck to '" + targetName.get() + "', or use condition START");
    }
    if ((value.equals("COMPLETE") || value.equals("SUCCESS")) && target.get().isEssential()) {
      findings.report(
          condition.get(),
          "container "
              + container.label()
              + " waits for '"
              + targetName.get()
              + "' with condition "
              + value
              + ", which needs it to exit, but an essential container that exits stops the whole"
              + " task",
          "set \"essential\": false on '" + targetName.get() + "' (an init container)");
    }
  }
}
