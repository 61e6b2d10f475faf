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

/**
 * ECS014: in non-blocking mode the awslogs driver drops lines when its buffer is full. Since June
 * 2025 that is the default unless the account setting defaultLogDriverMode says blocking; logs that
 * must not be lost (audit, compliance) need {@code "mode": "blocking"}.
 */
public final class LogDeliveryModeRule extends TaskDefinitionRule {

  public LogDeliveryModeRule() {
    super(
        "ECS014",
        Severity.NOTE,
        "Non-blocking log delivery drops logs when its buffer fills",
        Docs.ACCOUNT_SETTINGS);
  }

  @Override
  protected void check(TaskDefinition td, Findings findings) {
    for (ContainerDefinition container : td.containers()) {
      if (container.logDriver().filter("awslogs"::equals).isEmpty()) {
        continue;
      }
      ObjectNode log = container.logConfiguration().orElseThrow();
      Optional<ObjectNode> options = log.object("options");
      Optional<ScalarNode> mode = options.flatMap(o -> o.scalar("mode"));
      if (mode.isPresent()) {
        if (mode.get().isString() && mode.get().text().strip().equalsIgnoreCase("non-blocking")) {
          findings.report(
              mode.get(),
              "container "
                  + container.label()
                  + " logs in non-blocking mode: when the buffer (max-buffer-size) is full, log"
                  + " lines are dropped",
              "use \"mode\": \"blocking\" where every line must be kept");
        }
        continue;
      }
      findings.report(
          options.<dev.berth.source.Node>map(o -> o).orElse(log),
          "container "
              + container.label()
              + " sets no awslogs mode, so it logs non-blocking (the ECS default since June 2025"
              + " unless the account's defaultLogDriverMode is blocking) and can drop lines",
          "set \"mode\": \"blocking\" where every line must be kept, or \"non-blocking\" to"
              + " accept the loss explicitly");
    }
  }
}
