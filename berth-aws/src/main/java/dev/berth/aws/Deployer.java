package dev.berth.aws;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.berth.deploy.ApiTimestamps;
import dev.berth.deploy.Plan;
import dev.berth.deploy.PlanStep;
import dev.berth.deploy.TaskDefinitionNormaliser;
import dev.berth.model.ApiShape;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.ecs.EcsClient;
import software.amazon.awssdk.services.ecs.model.CreateServiceRequest;
import software.amazon.awssdk.services.ecs.model.RegisterTaskDefinitionRequest;
import software.amazon.awssdk.services.ecs.model.UpdateServiceRequest;

/**
 * Applies a {@link Plan}: the only code in berth that changes anything in ECS. It registers the
 * task definition when the plan says so, then creates or updates the service.
 */
public final class Deployer {

  private static final Set<String> UPDATE_FIELDS =
      ApiShape.of(UpdateServiceRequest::builder).fieldNames();

  private final EcsClient ecs;

  public Deployer(EcsClient ecs) {
    this.ecs = ecs;
  }

  /**
   * Carries out {@code plan} for the given files; empty when the plan has nothing to do. A plan
   * that needs the service replaced is refused: deleting a service is left to a person.
   */
  public Optional<StartedDeployment> apply(
      Plan plan, String cluster, JsonNode taskDefinition, JsonNode serviceDefinition) {
    if (plan.has(PlanStep.Kind.REPLACE_SERVICE)) {
      throw new PlanRefusedException(
          "the plan needs service "
              + plan.serviceName()
              + " replaced, which berth does not do: put launchType/schedulingStrategy back as"
              + " the service has them, or delete the service yourself (aws ecs delete-service)"
              + " and deploy again");
    }
    if (plan.isEmpty()) {
      return Optional.empty();
    }
    String arn =
        plan.reusedTaskDefinition().isPresent()
            ? plan.reusedTaskDefinition().get()
            : register(taskDefinition);
    boolean force = plan.has(PlanStep.Kind.FORCE_NEW_DEPLOYMENT);
    if (plan.has(PlanStep.Kind.CREATE_SERVICE)) {
      return Optional.of(create(cluster, serviceDefinition, arn));
    }
    return Optional.of(update(cluster, plan.serviceName(), serviceDefinition, arn, force));
  }

  /** Registers a task definition from its register input (or describe output); returns the ARN. */
  public String register(JsonNode taskDefinition) {
    ObjectNode input = TaskDefinitionNormaliser.registerInput(taskDefinition);
    List<String> unknown = new ArrayList<>();
    RegisterTaskDefinitionRequest request =
        SdkJson.read(input, RegisterTaskDefinitionRequest::builder, unknown);
    if (!unknown.isEmpty()) {
      throw new DefinitionShapeException("register-task-definition input", unknown);
    }
    return call("ecs:RegisterTaskDefinition", () -> ecs.registerTaskDefinition(request))
        .path("taskDefinition")
        .path("taskDefinitionArn")
        .asText();
  }

  private StartedDeployment create(String cluster, JsonNode serviceDefinition, String arn) {
    ObjectNode input = serviceDefinition.deepCopy();
    input.put("cluster", cluster);
    input.put("taskDefinition", arn);
    List<String> unknown = new ArrayList<>();
    CreateServiceRequest request = SdkJson.read(input, CreateServiceRequest::builder, unknown);
    if (!unknown.isEmpty()) {
      throw new DefinitionShapeException("create-service input", unknown);
    }
    return started(call("ecs:CreateService", () -> ecs.createService(request)), arn);
  }

  /** Points the service at {@code arn}, with the attributes the user's file sets. */
  public StartedDeployment update(
      String cluster, String service, JsonNode serviceDefinition, String arn, boolean force) {
    ObjectNode input = serviceDefinition.deepCopy();
    input.retain(
        serviceDefinition.properties().stream()
            .map(Map.Entry::getKey)
            .filter(UPDATE_FIELDS::contains)
            .toList());
    input.put("cluster", cluster);
    input.put("service", service);
    input.put("taskDefinition", arn);
    if (force) {
      input.put("forceNewDeployment", true);
    }
    List<String> unknown = new ArrayList<>();
    UpdateServiceRequest request = SdkJson.read(input, UpdateServiceRequest::builder, unknown);
    return started(call("ecs:UpdateService", () -> ecs.updateService(request)), arn);
  }

  /** Marks a revision INACTIVE; running tasks keep running, new ones cannot use it. */
  public void deregister(String taskDefinitionArn) {
    call(
        "ecs:DeregisterTaskDefinition",
        () -> ecs.deregisterTaskDefinition(r -> r.taskDefinition(taskDefinitionArn)));
  }

  private static StartedDeployment started(JsonNode response, String arn) {
    JsonNode service = response.path("service");
    for (JsonNode deployment : service.path("deployments")) {
      if ("PRIMARY".equals(deployment.path("status").asText())) {
        return new StartedDeployment(
            arn,
            Optional.of(deployment.path("id").asText()),
            ApiTimestamps.parse(deployment.get("createdAt")).orElse(Instant.now()),
            service);
      }
    }
    return new StartedDeployment(arn, Optional.empty(), Instant.now(), service);
  }

  private static JsonNode call(String operation, Supplier<? extends SdkPojo> request) {
    try {
      return SdkJson.write(request.get());
    } catch (SdkException e) {
      throw AwsRefusal.of(operation, e);
    }
  }
}
