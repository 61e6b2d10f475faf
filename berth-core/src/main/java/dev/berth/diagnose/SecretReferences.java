package dev.berth.diagnose;

import dev.berth.model.ContainerDefinition;
import dev.berth.model.TaskDefinition;
import dev.berth.source.ScalarNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Secrets Manager references in a task definition that ECS cannot resolve. A reference to one JSON
 * key is {@code arn:aws:secretsmanager:REGION:ACCOUNT:secret:NAME:KEY:STAGE:VERSION}; the stage and
 * version may be empty, but their colons must be there ({@code ...:KEY::}).
 *
 * @see <a
 *     href="https://docs.aws.amazon.com/AmazonECS/latest/developerguide/secrets-envvar-secrets-manager.html">Pass
 *     Secrets Manager secrets through environment variables</a>
 */
final class SecretReferences {

  /** arn, aws, secretsmanager, region, account, secret, name. */
  private static final int WHOLE_SECRET_PARTS = 7;

  /** ... name, json-key, version-stage, version-id. */
  private static final int JSON_KEY_PARTS = 10;

  private SecretReferences() {}

  /** Quotes of the valueFrom references that name a JSON key without both trailing fields. */
  static List<String> malformed(TaskDefinition definition) {
    List<String> found = new ArrayList<>();
    for (ContainerDefinition container : definition.containers()) {
      container
          .objects("secrets")
          .flatMap(s -> s.scalar("valueFrom").stream())
          .filter(ScalarNode::isString)
          .filter(v -> v.text().startsWith("arn:") && v.text().contains(":secretsmanager:"))
          .forEach(
              v -> {
                int parts = v.text().split(":", -1).length;
                if (parts != WHOLE_SECRET_PARTS && parts != JSON_KEY_PARTS) {
                  found.add(
                      Json.quote(v)
                          + " has "
                          + parts
                          + " ':'-separated fields; a JSON key needs KEY:STAGE:VERSION (write"
                          + " KEY:: for the current version)");
                }
              });
    }
    return found;
  }
}
