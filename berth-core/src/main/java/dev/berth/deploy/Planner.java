package dev.berth.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.berth.model.ApiShape;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import software.amazon.awssdk.services.ecs.model.CreateServiceRequest;
import software.amazon.awssdk.services.ecs.model.UpdateServiceRequest;

/**
 * Turns the user's files and what AWS has now into a {@link Plan}. A service attribute counts as
 * changed only where the user's file sets it: what the file leaves out is left as it is.
 */
public final class Planner {

  /** Members of create-service input that are not attributes of the service itself. */
  private static final Set<String> NOT_ATTRIBUTES =
      Set.of("cluster", "service", "serviceName", "taskDefinition", "clientToken", "tags", "role");

  /**
   * Set at creation only (create-service takes them, update-service does not): changing one means
   * deleting the service and creating it again. Taken from the SDK's request shapes.
   */
  private static final Set<String> REPLACE_ONLY = createOnlyAttributes();

  /** Described per deployment rather than on the service. */
  private static final Set<String> DEPLOYMENT_ATTRIBUTES =
      Set.of("serviceConnectConfiguration", "volumeConfigurations", "vpcLatticeConfigurations");

  private static final Set<String> UPDATABLE = updatableAttributes();

  private Planner() {}

  public static Plan plan(PlanInput input) {
    ObjectNode desired = TaskDefinitionNormaliser.normalise(input.taskDefinition());
    String family = desired.path("family").asText("");
    String serviceName = input.serviceDefinition().path("serviceName").asText("");

    // Deploying the same files twice must not register a second, identical revision.
    Optional<String> reused =
        input
            .latestRevision()
            .filter(latest -> TaskDefinitionNormaliser.normalise(latest).equals(desired))
            .map(latest -> body(latest).path("taskDefinitionArn").asText(null));

    JsonNode running =
        input
            .runningTaskDefinition()
            .map(TaskDefinitionNormaliser::normalise)
            .map(JsonNode.class::cast)
            .orElse(null);
    List<Change> taskDefinitionChanges = JsonDiff.between(running, desired);

    Optional<JsonNode> live =
        input.liveService().filter(service -> "ACTIVE".equals(service.path("status").asText()));
    Optional<String> previous = live.map(service -> service.path("taskDefinition").asText(null));
    List<Change> serviceChanges =
        live.map(service -> serviceChanges(service, input.serviceDefinition())).orElse(List.of());

    List<PlanStep> steps = new ArrayList<>();
    if (reused.isEmpty()) {
      steps.add(
          new PlanStep(
              PlanStep.Kind.REGISTER_TASK_DEFINITION,
              "register a new revision of task definition family " + family));
    }
    String target = reused.map(Planner::revisionName).orElse("the new revision of " + family);
    if (live.isEmpty()) {
      steps.add(
          new PlanStep(
              PlanStep.Kind.CREATE_SERVICE,
              "create service " + serviceName + " running " + target));
    } else {
      boolean newTaskDefinition = reused.isEmpty() || !reused.equals(previous);
      if (newTaskDefinition || !serviceChanges.isEmpty() || input.forceNewDeployment()) {
        steps.add(
            new PlanStep(
                PlanStep.Kind.UPDATE_SERVICE,
                updateSummary(serviceName, target, newTaskDefinition, serviceChanges)));
      }
      addDestructiveSteps(steps, serviceName, serviceChanges, input.forceNewDeployment());
      if (input.deregisterPrevious() && newTaskDefinition && previous.isPresent()) {
        steps.add(
            new PlanStep(
                PlanStep.Kind.DEREGISTER_REVISION,
                "deregister " + revisionName(previous.get()) + " once the deployment completes"));
      }
    }
    return new Plan(
        family, serviceName, taskDefinitionChanges, serviceChanges, steps, reused, previous);
  }

  private static String updateSummary(
      String serviceName, String target, boolean newTaskDefinition, List<Change> changes) {
    StringBuilder summary = new StringBuilder("update service " + serviceName);
    if (newTaskDefinition) {
      summary.append(" to ").append(target);
    }
    Set<String> attributes = new LinkedHashSet<>();
    changes.forEach(change -> attributes.add(topLevel(change.path())));
    if (!attributes.isEmpty()) {
      summary
          .append(newTaskDefinition ? " and set " : ": set ")
          .append(String.join(", ", attributes));
    }
    return summary.toString();
  }

  private static void addDestructiveSteps(
      List<PlanStep> steps, String serviceName, List<Change> changes, boolean force) {
    Set<String> changed = new LinkedHashSet<>();
    changes.forEach(change -> changed.add(topLevel(change.path())));
    for (String attribute : changed) {
      if (REPLACE_ONLY.contains(attribute)) {
        steps.add(
            new PlanStep(
                PlanStep.Kind.REPLACE_SERVICE,
                attribute
                    + " can only be set when a service is created: service "
                    + serviceName
                    + " would have to be deleted and created again"));
      }
    }
    if (changed.contains("loadBalancers")) {
      steps.add(
          new PlanStep(
              PlanStep.Kind.CHANGE_LOAD_BALANCERS,
              "change the load balancers of " + serviceName + ": traffic moves to new targets"));
    }
    if (changed.contains("networkConfiguration")) {
      steps.add(
          new PlanStep(
              PlanStep.Kind.CHANGE_NETWORK_CONFIGURATION,
              "change the subnets or security groups of "
                  + serviceName
                  + ": every task is replaced in the new network"));
    }
    if (force) {
      steps.add(
          new PlanStep(
              PlanStep.Kind.FORCE_NEW_DEPLOYMENT,
              "force a new deployment: every running task of " + serviceName + " is replaced"));
    }
  }

  /** The attribute changes, comparing only what the user's file sets. */
  static List<Change> serviceChanges(JsonNode live, JsonNode desired) {
    ObjectNode before = JsonNodeFactory.instance.objectNode();
    ObjectNode after = JsonNodeFactory.instance.objectNode();
    JsonNode primary = primaryDeployment(live);
    desired
        .fieldNames()
        .forEachRemaining(
            attribute -> {
              if (!UPDATABLE.contains(attribute) && !REPLACE_ONLY.contains(attribute)) {
                return;
              }
              JsonNode wanted = desired.get(attribute);
              if (wanted == null || wanted.isNull()) {
                return;
              }
              JsonNode current =
                  DEPLOYMENT_ATTRIBUTES.contains(attribute)
                      ? primary.get(attribute)
                      : live.get(attribute);
              after.set(attribute, sorted(wanted));
              if (current != null && !current.isNull()) {
                before.set(attribute, project(sorted(current), sorted(wanted)));
              }
            });
    return JsonDiff.between(before, after);
  }

  private static JsonNode primaryDeployment(JsonNode live) {
    for (JsonNode deployment : live.path("deployments")) {
      if ("PRIMARY".equals(deployment.path("status").asText())) {
        return deployment;
      }
    }
    return JsonNodeFactory.instance.objectNode();
  }

  /** {@code current} cut down to the members that {@code wanted} sets. */
  private static JsonNode project(JsonNode current, JsonNode wanted) {
    if (current.isObject() && wanted.isObject()) {
      ObjectNode projected = JsonNodeFactory.instance.objectNode();
      wanted
          .fieldNames()
          .forEachRemaining(
              member -> {
                JsonNode value = current.get(member);
                if (value != null && !value.isNull()) {
                  projected.set(member, project(value, wanted.get(member)));
                }
              });
      return projected;
    }
    if (current.isArray() && wanted.isArray() && current.size() == wanted.size()) {
      ArrayNode projected = JsonNodeFactory.instance.arrayNode();
      for (int i = 0; i < current.size(); i++) {
        projected.add(project(current.get(i), wanted.get(i)));
      }
      return projected;
    }
    return current;
  }

  /** Lists of plain values (subnets, security groups) compared regardless of order. */
  private static JsonNode sorted(JsonNode node) {
    if (node.isObject()) {
      ObjectNode copy = JsonNodeFactory.instance.objectNode();
      node.properties().forEach(field -> copy.set(field.getKey(), sorted(field.getValue())));
      return copy;
    }
    if (node.isArray()) {
      List<JsonNode> items = new ArrayList<>();
      node.forEach(item -> items.add(sorted(item)));
      if (items.stream().allMatch(JsonNode::isValueNode)) {
        items.sort(Comparator.comparing(JsonNode::asText));
      }
      ArrayNode copy = JsonNodeFactory.instance.arrayNode();
      items.forEach(copy::add);
      return copy;
    }
    return node;
  }

  private static JsonNode body(JsonNode taskDefinition) {
    return taskDefinition.has("taskDefinition")
        ? taskDefinition.get("taskDefinition")
        : taskDefinition;
  }

  /** "web:7" for an ARN ending in task-definition/web:7. */
  public static String revisionName(String taskDefinitionArn) {
    int slash = taskDefinitionArn.lastIndexOf('/');
    return slash < 0 ? taskDefinitionArn : taskDefinitionArn.substring(slash + 1);
  }

  private static String topLevel(String path) {
    int end = path.length();
    for (int i = 0; i < path.length(); i++) {
      if (path.charAt(i) == '.' || path.charAt(i) == '[') {
        end = i;
        break;
      }
    }
    return path.substring(0, end);
  }

  private static Set<String> createOnlyAttributes() {
    Set<String> updated = ApiShape.of(UpdateServiceRequest::builder).fieldNames();
    Set<String> attributes = new LinkedHashSet<>();
    for (String field : ApiShape.of(CreateServiceRequest::builder).fieldNames()) {
      if (!updated.contains(field) && !NOT_ATTRIBUTES.contains(field)) {
        attributes.add(field);
      }
    }
    return Set.copyOf(attributes);
  }

  private static Set<String> updatableAttributes() {
    Set<String> created = ApiShape.of(CreateServiceRequest::builder).fieldNames();
    Set<String> attributes = new LinkedHashSet<>();
    for (String field : ApiShape.of(UpdateServiceRequest::builder).fieldNames()) {
      if (created.contains(field) && !NOT_ATTRIBUTES.contains(field)) {
        attributes.add(field);
      }
    }
    return Set.copyOf(attributes);
  }
}
