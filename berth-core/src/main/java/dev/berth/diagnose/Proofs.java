package dev.berth.diagnose;

import static dev.berth.diagnose.Causes.*;
import static dev.berth.diagnose.SnapshotFile.DESCRIBE_SERVICES;
import static dev.berth.diagnose.SnapshotFile.DESCRIBE_TASK_DEFINITION;

import dev.berth.model.ContainerDefinition;
import dev.berth.model.TaskDefinition;
import dev.berth.source.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** The checks that decide the network and permission causes from the rest of a snapshot. */
final class Proofs {

  private static final List<String> ECR_ACTIONS =
      List.of("ecr:GetAuthorizationToken", "ecr:BatchGetImage", "ecr:GetDownloadUrlForLayer");
  private static final List<String> EXEC_ACTIONS =
      List.of(
          "ssmmessages:CreateControlChannel",
          "ssmmessages:CreateDataChannel",
          "ssmmessages:OpenControlChannel",
          "ssmmessages:OpenDataChannel");

  private static final Pattern IAM_DENIAL =
      Pattern.compile("AccessDenied|not authorized to perform", Pattern.CASE_INSENSITIVE);

  private final SnapshotDiagnoser.Context context;

  Proofs(SnapshotDiagnoser.Context context) {
    this.context = context;
  }

  /** Whether the task cannot reach what {@code cause} needs. */
  Verdict network(Cause cause, String message) {
    if (context.service().isEmpty()) {
      return Verdict.undecided(
          "the task's subnets and security groups come from the service",
          Set.of(DESCRIBE_SERVICES.fileName()));
    }
    NetworkPath path = new NetworkPath(context.snapshot(), context.service().get());
    Optional<TaskDefinition> definition = context.taskDefinition(Optional.empty());
    if (cause == PULL007 && withoutRegistryCredentials(definition)) {
      return Verdict.refuted(List.of("no container has repositoryCredentials"));
    }
    List<String> endpoints = new ArrayList<>();
    boolean needsInternet = false;
    if (cause == PULL001) {
      List<String> images = images(definition);
      if (images.isEmpty()) {
        return Verdict.undecided(
            "which registry the images come from is in the task definition",
            Set.of(DESCRIBE_TASK_DEFINITION.fileName()));
      }
      boolean ecr = images.stream().anyMatch(i -> i.contains(".dkr.ecr."));
      needsInternet = images.stream().anyMatch(i -> !i.contains(".dkr.ecr."));
      if (ecr) {
        endpoints.addAll(List.of("ecr.api", "ecr.dkr", "s3"));
      }
      if (definition.isPresent()
          && definition.get().containers().stream()
              .anyMatch(c -> c.logDriver().map("awslogs"::equals).orElse(false))) {
        endpoints.add("logs");
      }
    } else if (cause == SECRET001) {
      endpoints.addAll(secretEndpoints(definition, message));
    } else if (cause == PULL007) {
      endpoints.add("secretsmanager");
    } else if (cause == EXEC003) {
      endpoints.add("ssmmessages");
    }
    // The subnets the stopped tasks ran in say more than all the subnets the service may use.
    List<String> subnets =
        context.tasks().stream()
            .filter(EcsTask::stopped)
            .flatMap(t -> t.subnet().stream())
            .distinct()
            .toList();
    return subnets.isEmpty()
        ? path.blocked(endpoints, needsInternet)
        : path.blocked(subnets, endpoints, needsInternet);
  }

  /** True when the task definition is known and no container pulls with registry credentials. */
  private static boolean withoutRegistryCredentials(Optional<TaskDefinition> definition) {
    return definition.isPresent()
        && definition.get().containers().stream()
            .noneMatch(c -> c.node().object("repositoryCredentials").isPresent());
  }

  /** Whether the role that {@code cause} is about lacks the permission it needs. */
  Verdict permission(Cause cause, String message, MessageExplainer.Ranked candidate) {
    if (IAM_DENIAL.matcher(message).find() && cause != PULL007) {
      // The message itself is IAM's denial, which names the action it refused.
      return Verdict.proven(List.of(), List.of());
    }
    Optional<TaskDefinition> definition = context.taskDefinition(Optional.empty());
    if (definition.isEmpty()) {
      return Verdict.undecided(
          "the role is named in the task definition", Set.of(DESCRIBE_TASK_DEFINITION.fileName()));
    }
    if (cause == PULL007 && withoutRegistryCredentials(definition)) {
      return Verdict.refuted(List.of("no container has repositoryCredentials"));
    }
    RolePolicies policies = new RolePolicies(context.snapshot());
    ObjectNode node = definition.get().node();
    if (cause == EXEC002) {
      return policies.lacks("taskRoleArn", Json.text(node, "taskRoleArn"), EXEC_ACTIONS);
    }
    List<String> actions;
    if (cause == PULL002) {
      boolean ecr = images(definition).stream().anyMatch(i -> i.contains(".dkr.ecr."));
      if (!ecr) {
        return Verdict.refuted(List.of("no image comes from Amazon ECR"));
      }
      actions = ECR_ACTIONS;
    } else if (cause == PULL007) {
      actions = List.of("secretsmanager:GetSecretValue");
    } else {
      actions = new ArrayList<>();
      List<String> endpoints = secretEndpoints(definition, message);
      if (endpoints.contains("secretsmanager")) {
        actions.add("secretsmanager:GetSecretValue");
      }
      if (endpoints.contains("ssm")) {
        actions.add("ssm:GetParameters");
      }
    }
    return policies.lacks("executionRoleArn", Json.text(node, "executionRoleArn"), actions);
  }

  private List<String> images(Optional<TaskDefinition> definition) {
    if (definition.isPresent()) {
      return definition.get().containers().stream()
          .flatMap(c -> c.image().stream())
          .map(s -> s.text())
          .toList();
    }
    return context.tasks().stream()
        .flatMap(t -> t.containers().stream())
        .flatMap(c -> Json.text(c, "image").stream())
        .distinct()
        .toList();
  }

  /** secretsmanager and/or ssm, from the secrets' valueFrom, else from the message's wording. */
  private static List<String> secretEndpoints(Optional<TaskDefinition> definition, String message) {
    List<String> endpoints = new ArrayList<>();
    if (definition.isPresent()) {
      for (ContainerDefinition container : definition.get().containers()) {
        container
            .objects("secrets")
            .flatMap(s -> Json.text(s, "valueFrom").stream())
            .forEach(
                valueFrom -> {
                  String service =
                      valueFrom.contains(":secretsmanager:") ? "secretsmanager" : "ssm";
                  if (!endpoints.contains(service)) {
                    endpoints.add(service);
                  }
                });
      }
    }
    if (endpoints.isEmpty()) {
      endpoints.add(message.contains("from ssm") ? "ssm" : "secretsmanager");
    }
    return endpoints;
  }
}
