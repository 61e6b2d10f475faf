package dev.berth.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.berth.model.SecretLooking;
import java.util.Map;

/**
 * Replaces secret values in an API document before it is shown: the value of an {@code environment}
 * entry whose name looks secret, and any scalar stored under a secret-looking key. References
 * ({@code secrets[].valueFrom}) stay visible, so a reader sees where a secret comes from, never
 * what it is.
 */
public final class Redaction {

  /** What berth prints in place of a secret value in plans and logs. */
  public static final String REDACTED = "(redacted)";

  private Redaction() {}

  /** A redacted copy of {@code node}. */
  public static JsonNode redact(JsonNode node) {
    JsonNode copy = node.deepCopy();
    redactInPlace(copy);
    return copy;
  }

  /** True when the object is a name/value pair whose name looks secret. */
  public static boolean isSecretPair(JsonNode entry) {
    return entry.isObject()
        && entry.has("value")
        && SecretLooking.hidesValueOf(entry.path("name").asText(null));
  }

  /**
   * A text that carries a credential whatever its key: a URL with a password, a {@code
   * --db-password=...} argument, an access key.
   */
  private static boolean carriesSecret(JsonNode value) {
    return value.isTextual() && SecretLooking.mayContainSecret(value.asText());
  }

  private static void redactInPlace(JsonNode node) {
    if (node instanceof ObjectNode object) {
      if (isSecretPair(object) && object.get("value").isValueNode()) {
        object.set("value", TextNode.valueOf(REDACTED));
      }
      for (Map.Entry<String, JsonNode> field : object.properties()) {
        JsonNode value = field.getValue();
        if (value.isValueNode()
            && !value.isNull()
            && (SecretLooking.hidesValueOf(field.getKey()) || carriesSecret(value))) {
          field.setValue(TextNode.valueOf(REDACTED));
        } else {
          redactInPlace(value);
        }
      }
    } else if (node instanceof ArrayNode array) {
      for (int i = 0; i < array.size(); i++) {
        if (carriesSecret(array.get(i))) {
          array.set(i, TextNode.valueOf(REDACTED));
        } else {
          redactInPlace(array.get(i));
        }
      }
    }
  }
}
