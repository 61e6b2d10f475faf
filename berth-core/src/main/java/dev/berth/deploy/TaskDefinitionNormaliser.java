package dev.berth.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.berth.model.TaskDefinition;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Brings a task definition to the form in which two of them can be compared: the user's register
 * input and what describe-task-definition returns for a registered revision are equal when they
 * would run the same containers. Read-only fields, values ECS fills in by default and the order of
 * name-keyed lists do not count.
 */
public final class TaskDefinitionNormaliser {

  /** Registration accepts tags, but describe-task-definition returns them only on request. */
  private static final Set<String> NOT_COMPARED = Set.of("tags");

  /** Lists whose order carries no meaning, and the member that names each entry. */
  private static final Map<String, String> KEYED_LISTS =
      Map.of(
          "environment", "name",
          "secrets", "name",
          "volumes", "name",
          "ulimits", "name",
          "systemControls", "namespace");

  private TaskDefinitionNormaliser() {}

  /**
   * The register-task-definition input in {@code document}: the object itself, or the one under
   * {@code taskDefinition} when it is describe-task-definition output, with only the fields that
   * registration accepts.
   */
  public static ObjectNode registerInput(JsonNode document) {
    JsonNode body = document.has("taskDefinition") ? document.get("taskDefinition") : document;
    ObjectNode input = JsonNodeFactory.instance.objectNode();
    for (String field : TaskDefinition.REGISTER_SHAPE.fieldNames()) {
      JsonNode value = body.get(field);
      if (value != null && !value.isNull()) {
        input.set(field, value.deepCopy());
      }
    }
    return input;
  }

  /** The comparable form of a task definition (register input or describe output). */
  public static ObjectNode normalise(JsonNode document) {
    ObjectNode input = registerInput(document);
    NOT_COMPARED.forEach(input::remove);
    String networkMode = input.path("networkMode").asText("bridge");
    for (String size : List.of("cpu", "memory")) {
      // The API takes the task size as a string; "512" and 512 are the same request.
      if (input.has(size) && input.get(size).isNumber()) {
        input.set(size, TextNode.valueOf(input.get(size).asText()));
      }
    }
    JsonNode containers = input.get("containerDefinitions");
    if (containers instanceof ArrayNode list) {
      for (JsonNode container : list) {
        if (container instanceof ObjectNode object) {
          dropContainerDefaults(object, networkMode);
        }
      }
    }
    if (input.get("requiresCompatibilities") instanceof ArrayNode compatibilities) {
      sortScalars(compatibilities);
    }
    return (ObjectNode) prune(input, "");
  }

  private static void dropContainerDefaults(ObjectNode container, String networkMode) {
    removeIf(container, "cpu", 0);
    if (container.path("essential").isBoolean() && container.get("essential").asBoolean()) {
      container.remove("essential");
    }
    if (container.get("portMappings") instanceof ArrayNode mappings) {
      for (JsonNode mapping : mappings) {
        if (mapping instanceof ObjectNode port) {
          if ("tcp".equals(port.path("protocol").asText())) {
            port.remove("protocol");
          }
          // awsvpc and host mode publish the container port; bridge mode's 0 means dynamic.
          JsonNode hostPort = port.get("hostPort");
          if (hostPort != null
              && (hostPort.asInt() == 0 && "bridge".equals(networkMode)
                  || hostPort.asInt() == port.path("containerPort").asInt()
                      && !"bridge".equals(networkMode))) {
            port.remove("hostPort");
          }
        }
      }
    }
  }

  private static void removeIf(ObjectNode object, String key, int defaultValue) {
    JsonNode value = object.get(key);
    if (value != null && value.isNumber() && value.asInt() == defaultValue) {
      object.remove(key);
    }
  }

  /** Removes nulls and empty lists and objects, and sorts name-keyed lists. */
  private static JsonNode prune(JsonNode node, String key) {
    if (node instanceof ObjectNode object) {
      List<Map.Entry<String, JsonNode>> kept = new ArrayList<>();
      for (Map.Entry<String, JsonNode> field : object.properties()) {
        JsonNode pruned = prune(field.getValue(), field.getKey());
        if (!isEmpty(pruned)) {
          kept.add(Map.entry(field.getKey(), pruned));
        }
      }
      ObjectNode result = JsonNodeFactory.instance.objectNode();
      kept.sort(Map.Entry.comparingByKey());
      kept.forEach(entry -> result.set(entry.getKey(), entry.getValue()));
      return result;
    }
    if (node instanceof ArrayNode array) {
      List<JsonNode> items = new ArrayList<>();
      array.forEach(item -> items.add(prune(item, "")));
      String member = KEYED_LISTS.get(key);
      if (member != null) {
        items.sort(Comparator.comparing((JsonNode item) -> item.path(member).asText()));
      }
      ArrayNode result = JsonNodeFactory.instance.arrayNode();
      items.forEach(result::add);
      return result;
    }
    return node;
  }

  private static boolean isEmpty(JsonNode node) {
    return node == null || node.isNull() || (node.isContainerNode() && node.isEmpty());
  }

  private static void sortScalars(ArrayNode array) {
    List<JsonNode> items = new ArrayList<>();
    array.forEach(items::add);
    items.sort(Comparator.comparing(JsonNode::asText));
    array.removeAll();
    items.forEach(array::add);
  }
}
