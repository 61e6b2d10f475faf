package dev.berth.aws;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.berth.deploy.ApiTimestamps;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.core.SdkField;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.core.document.Document;
import software.amazon.awssdk.core.protocol.MarshallingKnownType;
import software.amazon.awssdk.core.traits.ListTrait;
import software.amazon.awssdk.core.traits.MapTrait;
import software.amazon.awssdk.core.util.SdkAutoConstructList;
import software.amazon.awssdk.core.util.SdkAutoConstructMap;
import software.amazon.awssdk.utils.builder.SdkBuilder;

/**
 * Converts between the AWS SDK's model objects and the JSON that the AWS CLI prints and takes
 * ({@code --output json}, {@code --cli-input-json}), using the model's member names from {@link
 * SdkPojo#sdkFields()}, which are the names the CLI prints (EC2's XML wire names differ from them).
 * Timestamps are written as AWS CLI v2 writes them: ISO 8601 with an offset.
 */
public final class SdkJson {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final DateTimeFormatter SECONDS =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss").withZone(ZoneOffset.UTC);

  private SdkJson() {}

  /** The CLI's JSON for {@code pojo}; fields the response did not carry are left out. */
  public static ObjectNode write(SdkPojo pojo) {
    ObjectNode object = NODES.objectNode();
    for (SdkField<?> field : pojo.sdkFields()) {
      Object value = field.getValueOrDefault(pojo);
      JsonNode written = writeValue(field, value);
      if (written != null) {
        object.set(field.memberName(), written);
      }
    }
    return object;
  }

  /** AWS CLI v2's rendering of a timestamp: microseconds only when there are any. */
  public static String timestamp(Instant instant) {
    String text = SECONDS.format(instant);
    int micros = instant.getNano() / 1000;
    return (micros == 0 ? text : text + String.format(".%06d", micros)) + "+00:00";
  }

  private static JsonNode writeValue(SdkField<?> field, Object value) {
    if (value == null
        || value instanceof SdkAutoConstructList
        || value instanceof SdkAutoConstructMap) {
      return null;
    }
    MarshallingKnownType type = field.marshallingType().getKnownType();
    switch (type) {
      case LIST:
        {
          SdkField<?> member = field.getRequiredTrait(ListTrait.class).memberFieldInfo();
          ArrayNode array = NODES.arrayNode();
          for (Object item : (List<?>) value) {
            JsonNode written = writeValue(member, item);
            array.add(written == null ? NODES.nullNode() : written);
          }
          return array;
        }
      case MAP:
        {
          SdkField<?> member = field.getRequiredTrait(MapTrait.class).valueFieldInfo();
          ObjectNode map = NODES.objectNode();
          for (Map.Entry<?, ?> entry : ((Map<?, ?>) value).entrySet()) {
            JsonNode written = writeValue(member, entry.getValue());
            map.set(String.valueOf(entry.getKey()), written == null ? NODES.nullNode() : written);
          }
          return map;
        }
      case SDK_POJO:
        return write((SdkPojo) value);
      case INSTANT:
        return NODES.textNode(timestamp((Instant) value));
      case SDK_BYTES:
        return NODES.textNode(((SdkBytes) value).asUtf8String());
      case DOCUMENT:
        return document((Document) value);
      case BOOLEAN:
        return NODES.booleanNode((Boolean) value);
      case INTEGER:
        return NODES.numberNode((Integer) value);
      case LONG:
        return NODES.numberNode((Long) value);
      case SHORT:
        return NODES.numberNode((Short) value);
      case BYTE:
        return NODES.numberNode((Byte) value);
      case FLOAT:
        return NODES.numberNode((Float) value);
      case DOUBLE:
        return NODES.numberNode((Double) value);
      case BIG_DECIMAL:
        return NODES.numberNode((BigDecimal) value);
      default:
        return NODES.textNode(String.valueOf(value));
    }
  }

  private static JsonNode document(Document document) {
    if (document.isNull()) {
      return NODES.nullNode();
    }
    if (document.isBoolean()) {
      return NODES.booleanNode(document.asBoolean());
    }
    if (document.isNumber()) {
      return NODES.numberNode(document.asNumber().bigDecimalValue());
    }
    if (document.isString()) {
      return NODES.textNode(document.asString());
    }
    if (document.isList()) {
      ArrayNode array = NODES.arrayNode();
      document.asList().forEach(item -> array.add(document(item)));
      return array;
    }
    ObjectNode object = NODES.objectNode();
    document.asMap().forEach((key, value) -> object.set(key, document(value)));
    return object;
  }

  /**
   * Builds the SDK object for {@code json}, as {@code --cli-input-json} would. Members the
   * structure does not have are collected in {@code unknown} as JSON pointers, not dropped
   * silently.
   */
  public static <T extends SdkPojo> T read(
      JsonNode json, Supplier<? extends SdkBuilder<?, T>> builder, List<String> unknown) {
    SdkBuilder<?, T> target = builder.get();
    fill((SdkPojo) target, json, "", unknown);
    return target.build();
  }

  private static void fill(SdkPojo builder, JsonNode json, String pointer, List<String> unknown) {
    Map<String, SdkField<?>> fields = new LinkedHashMap<>();
    builder.sdkFields().forEach(field -> fields.put(field.memberName(), field));
    for (Map.Entry<String, JsonNode> member : json.properties()) {
      SdkField<?> field = fields.get(member.getKey());
      String path = pointer + "/" + member.getKey();
      if (field == null) {
        unknown.add(path);
        continue;
      }
      if (member.getValue().isNull()) {
        continue;
      }
      field.set(builder, readValue(field, member.getValue(), path, unknown));
    }
  }

  private static Object readValue(
      SdkField<?> field, JsonNode json, String pointer, List<String> unknown) {
    MarshallingKnownType type = field.marshallingType().getKnownType();
    switch (type) {
      case LIST:
        {
          SdkField<?> member = field.getRequiredTrait(ListTrait.class).memberFieldInfo();
          List<Object> list = new ArrayList<>();
          int index = 0;
          for (JsonNode item : json) {
            list.add(readValue(member, item, pointer + "/" + index++, unknown));
          }
          return list;
        }
      case MAP:
        {
          SdkField<?> member = field.getRequiredTrait(MapTrait.class).valueFieldInfo();
          Map<String, Object> map = new LinkedHashMap<>();
          json.properties()
              .forEach(
                  entry ->
                      map.put(
                          entry.getKey(),
                          readValue(
                              member, entry.getValue(), pointer + "/" + entry.getKey(), unknown)));
          return map;
        }
      case SDK_POJO:
        {
          Object nested = field.constructor().get();
          fill((SdkPojo) nested, json, pointer, unknown);
          return ((SdkBuilder<?, ?>) nested).build();
        }
      case INSTANT:
        return ApiTimestamps.parse(json).orElse(null);
      case BOOLEAN:
        return json.asBoolean();
      case INTEGER:
        return json.asInt();
      case LONG:
        return json.asLong();
      case SHORT:
        return (short) json.asInt();
      case BYTE:
        return (byte) json.asInt();
      case FLOAT:
        return (float) json.asDouble();
      case DOUBLE:
        return json.asDouble();
      case BIG_DECIMAL:
        return json.decimalValue();
      case SDK_BYTES:
        return SdkBytes.fromUtf8String(json.asText());
      case DOCUMENT:
        return toDocument(json);
      default:
        // Task-level cpu and memory are strings in the API; a JSON number is taken as its text.
        return json.isValueNode() ? json.asText() : json.toString();
    }
  }

  private static Document toDocument(JsonNode json) {
    if (json.isNull()) {
      return Document.fromNull();
    }
    if (json.isBoolean()) {
      return Document.fromBoolean(json.asBoolean());
    }
    if (json.isNumber()) {
      return Document.fromNumber(json.decimalValue());
    }
    if (json.isTextual()) {
      return Document.fromString(json.asText());
    }
    if (json.isArray()) {
      List<Document> items = new ArrayList<>();
      json.forEach(item -> items.add(toDocument(item)));
      return Document.fromList(items);
    }
    Map<String, Document> map = new LinkedHashMap<>();
    json.properties().forEach(e -> map.put(e.getKey(), toDocument(e.getValue())));
    return Document.fromMap(map);
  }
}
