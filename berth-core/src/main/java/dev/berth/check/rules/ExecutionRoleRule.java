package dev.berth.check.rules;

import dev.berth.check.Docs;
import dev.berth.check.Findings;
import dev.berth.check.Severity;
import dev.berth.check.TaskDefinitionRule;
import dev.berth.model.ContainerDefinition;
import dev.berth.model.ImageReference;
import dev.berth.model.TaskDefinition;
import dev.berth.source.ArrayNode;
import dev.berth.source.ScalarNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * ECS008: the execution role is what the ECS agent uses to pull private ECR images, write awslogs
 * logs, fetch secrets and registry credentials; a task that needs one and has none fails to start.
 */
public final class ExecutionRoleRule extends TaskDefinitionRule {

  public ExecutionRoleRule() {
    super(
        "ECS008",
        Severity.ERROR,
        "An execution role is required for private ECR, awslogs, secrets and registry credentials",
        Docs.EXECUTION_ROLE);
  }

  @Override
  protected void check(TaskDefinition td, Findings findings) {
    Optional<ScalarNode> role = td.node().scalar("executionRoleArn").filter(s -> !s.isNull());
    if (role.isPresent() && role.get().isString() && role.get().text().isBlank()) {
      List<String> needs = needs(td);
      if (!needs.isEmpty()) {
        findings.report(
            role.get(),
            "executionRoleArn is an empty string, but the task needs an execution role for "
                + String.join(", ", needs),
            "set it to the ARN of a role with AmazonECSTaskExecutionRolePolicy");
      }
      return;
    }
    if (role.isPresent()) {
      sameAsTaskRole(td, role.get(), findings);
      return;
    }
    List<String> needs = needs(td);
    if (needs.isEmpty()) {
      return;
    }
    String hint =
        td.node()
            .knownString("taskRoleArn")
            .filter(arn -> arn.toLowerCase(java.util.Locale.ROOT).contains("execution"))
            .map(arn -> "; taskRoleArn names " + arn + ", which looks like the execution role")
            .orElse("");
    findings.report(
        td.node(),
        "the task has no executionRoleArn, but needs one for " + String.join(", ", needs) + hint,
        "add \"executionRoleArn\" naming a role with AmazonECSTaskExecutionRolePolicy"
            + " (the task role is for the application's own AWS calls)");
  }

  private static void sameAsTaskRole(TaskDefinition td, ScalarNode role, Findings findings) {
    td.node()
        .scalar("taskRoleArn")
        .filter(task -> task.isString() && !task.hasPlaceholder() && !role.hasPlaceholder())
        .filter(task -> task.text().strip().equals(role.text().strip()))
        .ifPresent(
            task ->
                findings.report(
                    Severity.NOTE,
                    task,
                    "taskRoleArn and executionRoleArn are the same role, so the application"
                        + " holds the permissions meant for the ECS agent",
                    "give the application its own task role with only what it calls"));
  }

  /** Capacity other than Fargate whose agent has no instance role to fall back on. */
  private static final java.util.Set<String> AGENT_ONLY =
      java.util.Set.of("EXTERNAL", "MANAGED_INSTANCES");

  private static boolean requiresAny(TaskDefinition td, java.util.Set<String> compatibilities) {
    return td.node().array("requiresCompatibilities").stream()
        .flatMap(ArrayNode::strings)
        .anyMatch(s -> compatibilities.contains(s.text()));
  }

  /** What in the task definition needs an execution role, in the words of the message. */
  private static List<String> needs(TaskDefinition td) {
    List<String> needs = new ArrayList<>();
    // Only on EC2 does the container instance role pull images and write awslogs logs.
    boolean agentWithoutInstanceRole = td.requiresFargate() || requiresAny(td, AGENT_ONLY);
    for (ContainerDefinition container : td.containers()) {
      String label = "container " + container.label();
      if (agentWithoutInstanceRole
          && container
              .image()
              .filter(image -> !image.isUnknown())
              .map(image -> ImageReference.parse(image.text()).isPrivateEcr())
              .orElse(false)) {
        needs.add("pulling a private ECR image (" + label + ")");
      }
      if (agentWithoutInstanceRole && container.logDriver().filter("awslogs"::equals).isPresent()) {
        needs.add("awslogs (" + label + ")");
      }
      if (container.node().array("secrets").map(a -> !a.elements().isEmpty()).orElse(false)) {
        needs.add("secrets (" + label + ")");
      }
      boolean logSecrets =
          container
              .logConfiguration()
              .flatMap(log -> log.array("secretOptions"))
              .map(ArrayNode::elements)
              .map(e -> !e.isEmpty())
              .orElse(false);
      if (logSecrets) {
        needs.add("log driver secretOptions (" + label + ")");
      }
      if (container.node().object("repositoryCredentials").isPresent()) {
        needs.add("repositoryCredentials (" + label + ")");
      }
    }
    return needs;
  }
}
