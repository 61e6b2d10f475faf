package dev.berth.check.rules;

import dev.berth.check.Docs;
import dev.berth.check.Findings;
import dev.berth.check.Severity;
import dev.berth.check.TaskDefinitionRule;
import dev.berth.model.ContainerDefinition;
import dev.berth.model.TaskDefinition;

/**
 * ECS013: a container without logConfiguration writes its output nowhere anyone can read it after
 * the task stops, which is when it is needed most.
 */
public final class LogConfigurationRule extends TaskDefinitionRule {

  public LogConfigurationRule() {
    super(
        "ECS013",
        Severity.WARNING,
        "Every container should send its logs somewhere",
        Docs.LOG_CONFIGURATION);
  }

  @Override
  protected void check(TaskDefinition td, Findings findings) {
    String group = "/ecs/" + td.family().orElse("FAMILY");
    for (ContainerDefinition container : td.containers()) {
      if (container.logConfiguration().isEmpty()
          && !container.node().scalar("logConfiguration").map(s -> s.isUnknown()).orElse(false)) {
        findings.report(
            container.node().get("name").orElse(container.node()),
            "container "
                + container.label()
                + " has no logConfiguration, so its output is lost when the task stops",
            "add \"logConfiguration\": {\"logDriver\": \"awslogs\", \"options\": {"
                + "\"awslogs-group\": \""
                + group
                + "\", \"awslogs-region\": \"REGION\", \"awslogs-stream-prefix\": \"ecs\"}}");
      }
    }
  }
}
