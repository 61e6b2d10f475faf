package dev.berth.check.rules;

import dev.berth.check.Docs;
import dev.berth.check.Findings;
import dev.berth.check.Severity;
import dev.berth.check.TaskDefinitionRule;
import dev.berth.model.ContainerDefinition;
import dev.berth.model.TaskDefinition;
import dev.berth.source.ArrayNode;
import dev.berth.source.ObjectNode;
import dev.berth.source.ScalarNode;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;

/**
 * ECS006: container names are unique; links, dependsOn and volumesFrom name containers of the same
 * task definition; links are used only under the bridge network mode, the only one ECS supports
 * them in; and mountPoints name volumes the task definition declares.
 */
public final class ContainerReferencesRule extends TaskDefinitionRule {

  public ContainerReferencesRule() {
    super(
        "ECS006",
        Severity.ERROR,
        "Container names are unique and references name existing containers",
        Docs.CONTAINER_DEFINITION);
  }

  @Override
  protected void check(TaskDefinition td, Findings findings) {
    checkLinksNetworkMode(td, findings);
    checkMountPoints(td, findings);
    Set<String> names = new TreeSet<>();
    Set<String> seen = new HashSet<>();
    for (ContainerDefinition container : td.containers()) {
      ScalarNode name = container.node().scalar("name").orElse(null);
      if (name == null || !name.isString() || name.text().isBlank()) {
        findings.report(
            container.node(),
            "the container at " + container.node().pointer() + " has no name",
            "add a \"name\"; ECS requires one for every container");
        continue;
      }
      if (name.isUnknown()) {
        continue;
      }
      if (!seen.add(name.text())) {
        findings.report(
            name,
            "two containers are named '" + name.text() + "'",
            "give each container a unique name");
      }
      names.add(name.text());
    }
    boolean namesKnown =
        td.containers().stream()
            .allMatch(c -> c.node().scalar("name").map(n -> !n.isUnknown()).orElse(true));
    if (!namesKnown) {
      return;
    }
    for (ContainerDefinition container : td.containers()) {
      container.node().array("links").stream()
          .flatMap(ArrayNode::strings)
          .filter(link -> !link.isUnknown())
          .forEach(
              link -> {
                String target = link.text().split(":", 2)[0];
                requireExisting(link, target, "links to", container, names, findings);
              });
      container
          .objects("dependsOn")
          .forEach(dependency -> reference(dependency, "depends on", container, names, findings));
      container
          .objects("volumesFrom")
          .forEach(
              source -> {
                ScalarNode target = source.scalar("sourceContainer").orElse(null);
                if (target != null && target.isString() && !target.isUnknown()) {
                  requireExisting(
                      target, target.text(), "mounts volumes from", container, names, findings);
                }
              });
    }
  }

  /**
   * ECS supports links only under bridge. Under awsvpc the containers of a task share one network
   * namespace and reach each other on localhost; host and none have no container network to link.
   */
  private static void checkLinksNetworkMode(TaskDefinition td, Findings findings) {
    if (td.isUnknown("networkMode") || td.networkMode().isEmpty() && !td.networkModeDefaulted()) {
      return;
    }
    String mode = td.effectiveNetworkMode();
    if (mode.equals("bridge") || !NETWORK_MODES.contains(mode)) {
      // A mode ECS does not know (such as "BRIDGE") is ECS020's finding, not a second one here.
      return;
    }
    for (ContainerDefinition container : td.containers()) {
      container
          .node()
          .array("links")
          .filter(links -> !links.elements().isEmpty())
          .ifPresent(
              links ->
                  findings.report(
                      links,
                      "container "
                          + container.label()
                          + " has links, but ECS supports links only when the network mode is"
                          + " bridge, and this task definition uses "
                          + mode
                          + (mode.equals("awsvpc")
                              ? " (the containers of an awsvpc task reach each other on"
                                  + " localhost)"
                              : ""),
                      mode.equals("awsvpc")
                          ? "remove links and connect to the other containers on localhost and"
                              + " their container ports"
                          : "remove links, or use \"networkMode\": \"bridge\""));
    }
  }

  private static final Set<String> NETWORK_MODES = Set.of("bridge", "host", "awsvpc", "none");

  /** Every mountPoints sourceVolume must be the name of one of the task's volumes. */
  private static void checkMountPoints(TaskDefinition td, Findings findings) {
    Set<String> volumes = new TreeSet<>();
    for (ObjectNode volume :
        td.node().array("volumes").stream().flatMap(ArrayNode::objects).toList()) {
      ScalarNode name = volume.scalar("name").orElse(null);
      if (name == null || !name.isString() || name.isUnknown()) {
        // A volume whose name is unknown could be any of the names mounted.
        return;
      }
      volumes.add(name.text());
    }
    if (td.node().array("volumes").map(v -> v.elements().size()).orElse(0)
        != td.node().array("volumes").stream().flatMap(ArrayNode::objects).count()) {
      return;
    }
    for (ContainerDefinition container : td.containers()) {
      container
          .objects("mountPoints")
          .forEach(
              mount -> {
                ScalarNode source = mount.scalar("sourceVolume").orElse(null);
                if (source == null
                    || !source.isString()
                    || source.isUnknown()
                    || volumes.contains(source.text())) {
                  return;
                }
                findings.report(
                    source,
                    "container "
                        + container.label()
                        + " mounts the volume '"
                        + source.text()
                        + "', which is not among this task definition's volumes",
                    volumes.isEmpty()
                        ? "add {\"name\": \"" + source.text() + "\"} to the task-level \"volumes\""
                        : "use one of: "
                            + String.join(", ", volumes)
                            + ", or add a volume named '"
                            + source.text()
                            + "'");
              });
    }
  }

  private static void reference(
      ObjectNode dependency,
      String verb,
      ContainerDefinition container,
      Set<String> names,
      Findings findings) {
    ScalarNode target = dependency.scalar("containerName").orElse(null);
    if (target == null || !target.isString() || target.isUnknown()) {
      return;
    }
    if (container.name().filter(target.text()::equals).isPresent()) {
      findings.report(
          target,
          "container " + container.label() + " depends on itself",
          "name another container in dependsOn, or remove the entry");
      return;
    }
    requireExisting(target, target.text(), verb, container, names, findings);
  }

  private static void requireExisting(
      ScalarNode at,
      String target,
      String verb,
      ContainerDefinition container,
      Set<String> names,
      Findings findings) {
    if (!names.contains(target)) {
      findings.report(
          at,
          "container "
              + container.label()
              + " "
              + verb
              + " '"
              + target
              + "', which is not a"
              + " container of this task definition",
          "use one of: " + String.join(", ", names));
    }
  }
}
