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
 * ECS003: under awsvpc and host network modes a port mapping's hostPort, if given, must equal its
 * containerPort; under none there are no port mappings at all.
 */
public final class HostPortRule extends TaskDefinitionRule {

  public HostPortRule() {
    super(
        "ECS003",
        Severity.ERROR,
        "Under awsvpc and host network modes hostPort must equal containerPort",
        Docs.PORT_MAPPING);
  }

  @Override
  protected void check(TaskDefinition td, Findings findings) {
    if (td.isUnknown("networkMode")) {
      return;
    }
    // Fargate runs every task in awsvpc; ECS002 reports any other mode.
    String mode = td.requiresFargate() ? "awsvpc" : td.effectiveNetworkMode();
    for (ContainerDefinition container : td.containers()) {
      container
          .objects("portMappings")
          .forEach(
              mapping -> {
                if (mode.equals("none")) {
                  findings.report(
                      mapping,
                      "container "
                          + container.label()
                          + " maps ports, but networkMode none has no network to map them to",
                      "remove portMappings or choose networkMode awsvpc");
                  return;
                }
                if (!mode.equals("awsvpc") && !mode.equals("host")) {
                  return;
                }
                checkMapping(mapping, container, mode, findings);
              });
    }
  }

  private static void checkMapping(
      ObjectNode mapping, ContainerDefinition container, String mode, Findings findings) {
    Optional<Long> hostPort = number(mapping, "hostPort");
    Optional<Long> containerPort = number(mapping, "containerPort");
    if (hostPort.isEmpty() || containerPort.isEmpty()) {
      return;
    }
    if (!hostPort.get().equals(containerPort.get())) {
      findings.report(
          mapping.get("hostPort").orElseThrow(),
          "container "
              + container.label()
              + " maps hostPort "
              + hostPort.get()
              + " to containerPort "
              + containerPort.get()
              + ", but under networkMode "
              + mode
              + " the two must be equal",
          "use \"hostPort\": " + containerPort.get() + " or leave hostPort out");
    }
  }

  private static Optional<Long> number(ObjectNode mapping, String key) {
    return mapping.scalar(key).filter(ScalarNode::isNumber).flatMap(ScalarNode::asLong);
  }
}
