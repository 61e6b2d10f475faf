package dev.berth.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.berth.model.SecretLooking;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The differences between two API documents as a list of {@link Change}s, walking objects member by
 * member and name-keyed lists (containers, environment, secrets, volumes) entry by entry, so a
 * change reads as "container app, variable LOG_LEVEL" rather than "list item 3".
 */
final class JsonDiff {

  private static final Map<String, String> KEYED_LISTS =
      Map.of(
          "containerDefinitions", "name",
          "environment", "name",
          "secrets", "name",
          "volumes", "name");

  private static final JsonNode EMPTY_OBJECT = JsonNodeFactory.instance.objectNode();
  private static final JsonNode EMPTY_ARRAY = JsonNodeFactory.instance.arrayNode();

  private final List<Change> changes = new ArrayList<>();

  private JsonDiff() {}

  /** The changes that turn {@code before} into {@code after}; a missing side is empty. */
  static List<Change> between(JsonNode before, JsonNode after) {
    JsonDiff diff = new JsonDiff();
    diff.compare("", "", before, after, false);
    return List.copyOf(diff.changes);
  }

  private void compare(String path, String key, JsonNode before, JsonNode after, boolean secret) {
    if (isMissing(before) && isMissing(after)) {
      return;
    }
    if (before != null && before.equals(after)) {
      return;
    }
    // Something added or removed whole is shown member by member, like any other change.
    if (isMissing(before) && expands(key, after)) {
      before = after.isObject() ? EMPTY_OBJECT : EMPTY_ARRAY;
    } else if (isMissing(after) && expands(key, before)) {
      after = before.isObject() ? EMPTY_OBJECT : EMPTY_ARRAY;
    }
    if (before != null && after != null && before.isObject() && after.isObject()) {
      Set<String> keys = new LinkedHashSet<>();
      before.fieldNames().forEachRemaining(keys::add);
      after.fieldNames().forEachRemaining(keys::add);
      for (String member : keys) {
        boolean secretMember =
            secret
                || SecretLooking.hidesValueOf(member)
                    && (isScalar(before.get(member)) || isScalar(after.get(member)))
                || "value".equals(member)
                    && (Redaction.isSecretPair(before) || Redaction.isSecretPair(after));
        compare(join(path, member), member, before.get(member), after.get(member), secretMember);
      }
      return;
    }
    String keyMember = KEYED_LISTS.get(key);
    if (keyMember != null
        && before != null
        && after != null
        && before.isArray()
        && after.isArray()
        && allKeyed(before, keyMember)
        && allKeyed(after, keyMember)) {
      Map<String, JsonNode> beforeByKey = byKey(before, keyMember);
      Map<String, JsonNode> afterByKey = byKey(after, keyMember);
      Set<String> names = new LinkedHashSet<>(beforeByKey.keySet());
      names.addAll(afterByKey.keySet());
      for (String name : names) {
        compare(path + "[" + name + "]", "", beforeByKey.get(name), afterByKey.get(name), secret);
      }
      return;
    }
    changes.add(new Change(path, render(before, secret), render(after, secret)));
  }

  private static Optional<String> render(JsonNode value, boolean secret) {
    if (isMissing(value)) {
      return Optional.empty();
    }
    if (secret && value.isValueNode()) {
      return Optional.of(Redaction.REDACTED);
    }
    JsonNode shown = Redaction.redact(value);
    return Optional.of(shown.isTextual() ? shown.asText() : shown.toString());
  }

  private static boolean isMissing(JsonNode node) {
    return node == null || node.isNull() || node.isMissingNode();
  }

  private static boolean expands(String key, JsonNode node) {
    return node != null
        && (node.isObject() && !node.isEmpty()
            || node.isArray() && KEYED_LISTS.containsKey(key) && node.size() > 0);
  }

  private static boolean isScalar(JsonNode node) {
    return node != null && node.isValueNode() && !node.isNull();
  }

  private static boolean allKeyed(JsonNode array, String member) {
    for (JsonNode item : array) {
      if (!item.path(member).isTextual()) {
        return false;
      }
    }
    return true;
  }

  private static Map<String, JsonNode> byKey(JsonNode array, String member) {
    Map<String, JsonNode> entries = new LinkedHashMap<>();
    array.forEach(item -> entries.put(item.get(member).asText(), item));
    return entries;
  }

  private static String join(String path, String member) {
    return path.isEmpty() ? member : path + "." + member;
  }
}
