package dev.berth.check.rules;

import dev.berth.check.Docs;
import dev.berth.check.Findings;
import dev.berth.check.Severity;
import dev.berth.check.TaskDefinitionRule;
import dev.berth.model.ContainerDefinition;
import dev.berth.model.TaskDefinition;
import dev.berth.source.ObjectNode;

/**
 * ECS012: the awslogs driver needs awslogs-region and a log group: awslogs-group, which must exist
 * unless awslogs-create-group is "true"; on Fargate it also needs awslogs-stream-prefix.
 */
public final class AwslogsOptionsRule extends TaskDefinitionRule {

  public AwslogsOptionsRule() {
    super(
        "ECS012",
        Severity.ERROR,
        "awslogs needs awslogs-group, awslogs-region and on Fargate awslogs-stream-prefix",
        Docs.AWSLOGS);
  }

  @Override
  protected void check(TaskDefinition td, Findings findings) {
    String group = "\"awslogs-group\": \"/ecs/" + td.family().orElse("FAMILY") + "\"";
    for (ContainerDefinition container : td.containers()) {
      if (container.logDriver().filter("awslogs"::equals).isEmpty()) {
        continue;
      }
      ObjectNode log = container.logConfiguration().orElseThrow();
      ObjectNode options = log.object("options").orElse(null);
      if (options == null) {
        findings.report(
            log,
            "container " + container.label() + " uses awslogs without options",
            "add \"options\" with "
                + group
                + (td.requiresFargate()
                    ? ", \"awslogs-region\" and \"awslogs-stream-prefix\""
                    : " and \"awslogs-region\""));
        continue;
      }
      if (options.get("awslogs-group").isEmpty()) {
        findings.report(
            options,
            "container " + container.label() + " uses awslogs without awslogs-group",
            "add " + group);
      }
      if (options.get("awslogs-region").isEmpty()) {
        findings.report(
            options,
            "container " + container.label() + " uses awslogs without awslogs-region",
            "add \"awslogs-region\" naming the log group's region");
      }
      if (td.requiresFargate() && options.get("awslogs-stream-prefix").isEmpty()) {
        findings.report(
            options,
            "container "
                + container.label()
                + " uses awslogs on Fargate without awslogs-stream-prefix, which Fargate requires",
            "add \"awslogs-stream-prefix\": \"ecs\"");
      }
    }
  }
}
