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
 * ECS006: container names are unique, and links, dependsOn and volumesFrom name containers of the
 * same task definition.
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
