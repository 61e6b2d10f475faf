package dev.berth.aws.ecr;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import software.amazon.awssdk.core.SdkField;
import software.amazon.awssdk.core.SdkPojo;

/**
 * Writes SDK model objects as the AWS CLI prints them: the API's own member names, timestamps as
 * ISO 8601 text. A saved snapshot is then read by the same code that reads the user's CLI output.
 */
final class CliJson {

  private static final ObjectMapper MAPPER =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private CliJson() {}

  /** {@code {"<key>": [item, ...]}}, the shape of a CLI list command's output. */
  static String listOf(String key, Collection<? extends SdkPojo> items) {
    ObjectNode root = NODES.objectNode();
    ArrayNode array = root.putArray(key);
    items.forEach(item -> array.add(object(item)));
    return text(root);
  }

  static String of(SdkPojo pojo) {
    return text(object(pojo));
  }

  static ObjectNode object(SdkPojo pojo) {
    ObjectNode node = NODES.objectNode();
    for (SdkField<?> field : pojo.sdkFields()) {
      Object value = field.getValueOrDefault(pojo);
      JsonNode json = value(value);
      if (json != null) {
        node.set(field.locationName(), json);
      }
    }
    return node;
  }

  private static JsonNode value(Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof SdkPojo pojo) {
      return object(pojo);
    }
    if (value instanceof Instant instant) {
      return NODES.textNode(instant.toString());
    }
    if (value instanceof Collection<?> list) {
      // The SDK returns an empty auto-constructed list for a member AWS did not send.
      if (list.isEmpty()
          && list instanceof software.amazon.awssdk.core.util.SdkAutoConstructList<?>) {
        return null;
      }
      ArrayNode array = NODES.arrayNode();
      list.forEach(element -> array.add(value(element)));
      return array;
    }
    if (value instanceof Map<?, ?> map) {
      if (map.isEmpty()
          && map instanceof software.amazon.awssdk.core.util.SdkAutoConstructMap<?, ?>) {
        return null;
      }
      ObjectNode object = NODES.objectNode();
      map.forEach((k, v) -> object.set(String.valueOf(k), value(v)));
      return object;
    }
    if (value instanceof Number number) {
      return NODES.numberNode(new java.math.BigDecimal(number.toString()));
    }
    if (value instanceof Boolean bool) {
      return NODES.booleanNode(bool);
    }
    return NODES.textNode(value.toString());
  }

  private static String text(JsonNode node) {
    try {
      return MAPPER.writeValueAsString(node) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a JSON tree always serialises", e);
    }
  }
}
