package dev.berth.check.rules;

import dev.berth.check.Findings;
import dev.berth.check.Severity;
import dev.berth.check.TaskDefinitionRule;
import dev.berth.model.ContainerDefinition;
import dev.berth.model.TaskDefinition;
import dev.berth.source.ObjectNode;

/** ECS012: the awslogs driver needs a log group and a region. */
public final class AwslogsOptions implements TaskDefinitionRule {

  @Override
  public String id() {
    return "ECS012";
  }

  @Override
  public String title() {
    return "awslogs needs awslogs-group and awslogs-region";
  }

  @Override
  public Severity severity() {
    return Severity.ERROR;
  }

  @Override
  public String source() {
    return "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/using_awslogs.html";
  }

  @Override
  public void check(TaskDefinition taskDefinition, Findings findings) {
    for (ContainerDefinition container : taskDefinition.containers()) {
      if (!container.logDriver().filter("awslogs"::equals).isPresent()) {
        continue;
      }
      ObjectNode log = container.logConfiguration().orElseThrow();
      ObjectNode options = log.object("options").orElse(null);
      if (options == null) {
        findings.report(
            log,
            "container " + container.label() + " uses awslogs without options",
            "add options with awslogs-group and awslogs-region");
        continue;
      }
      boolean createsGroup =
          options.knownString("awslogs-create-group").filter("true"::equalsIgnoreCase).isPresent();
      if (options.get("awslogs-group").isEmpty() && !createsGroup) {
        findings.report(
            options,
            "container " + container.label() + " uses awslogs without awslogs-group",
            "add \"awslogs-group\": \"/ecs/<family>\"");
      }
      if (options.get("awslogs-region").isEmpty()) {
        findings.report(
            options,
            "container " + container.label() + " uses awslogs without awslogs-region",
            "add \"awslogs-region\" naming the log group's region");
      }
    }
  }
}
