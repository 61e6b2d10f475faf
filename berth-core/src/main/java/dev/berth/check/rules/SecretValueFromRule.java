package dev.berth.check.rules;

import dev.berth.check.Docs;
import dev.berth.check.Findings;
import dev.berth.check.Severity;
import dev.berth.check.TaskDefinitionRule;
import dev.berth.model.ContainerDefinition;
import dev.berth.model.TaskDefinition;
import dev.berth.source.ArrayNode;
import dev.berth.source.ObjectNode;
import dev.berth.source.Placeholders;
import dev.berth.source.ScalarNode;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * ECS009: a secret's valueFrom is a Secrets Manager ARN (optionally {@code
 * :json-key:version-stage:version-id}, the last three always together), or an SSM parameter ARN or
 * name.
 */
public final class SecretValueFromRule extends TaskDefinitionRule {

  /** The version stages Secrets Manager itself maintains. */
  private static final Set<String> STAGES = Set.of("AWSCURRENT", "AWSPREVIOUS", "AWSPENDING");

  private static final Pattern PARAMETER_NAME = Pattern.compile("[A-Za-z0-9_.\\-/]+");

  /** The parts of {@code arn:partition:secretsmanager:region:account:secret:name}. */
  private static final int SECRET_ARN_PARTS = 7;

  /** The same ARN followed by json-key, version-stage and version-id. */
  private static final int SECRET_ARN_WITH_KEY_PARTS = 10;

  public SecretValueFromRule() {
    super(
        "ECS009",
        Severity.ERROR,
        "secrets valueFrom must be a Secrets Manager or SSM Parameter Store reference",
        Docs.SECRETS_MANAGER);
  }

  @Override
  protected void check(TaskDefinition td, Findings findings) {
    for (ContainerDefinition container : td.containers()) {
      Stream<ObjectNode> logSecrets =
          container.logConfiguration().flatMap(log -> log.array("secretOptions")).stream()
              .flatMap(ArrayNode::objects);
      Stream.concat(container.objects("secrets"), logSecrets)
          .forEach(
              secret ->
                  secret
                      .scalar("valueFrom")
                      .filter(ScalarNode::isString)
                      .ifPresentOrElse(
                          valueFrom -> check(valueFrom, secret, container, findings),
                          () ->
                              findings.report(
                                  secret,
                                  "a secret of container "
                                      + container.label()
                                      + " has no valueFrom",
                                  "add \"valueFrom\" with the secret's ARN")));
    }
  }

  private static void check(
      ScalarNode valueFrom, ObjectNode secret, ContainerDefinition container, Findings findings) {
    if (valueFrom.isUnknown()) {
      return;
    }
    String name = secret.knownString("name").orElse("?");
    String text = Placeholders.mask(valueFrom.text().strip());
    String subject = "secret " + name + " of container " + container.label();
    if (text.isEmpty()) {
      findings.report(valueFrom, subject + " has an empty valueFrom", "set the secret's ARN");
      return;
    }
    if (!text.startsWith("arn:")) {
      if (!PARAMETER_NAME.matcher(text.replace(Placeholders.MASK, "x")).matches()) {
        // Not echoed: a value that is neither an ARN nor a name may be the secret itself.
        findings.report(
            valueFrom,
            subject + ": valueFrom is neither an ARN nor an SSM parameter name",
            "use the full ARN of a Secrets Manager secret or an SSM parameter, never the secret"
                + " value itself");
      }
      return;
    }
    String[] parts = text.split(":", -1);
    String service = parts.length > 2 ? parts[2] : "";
    switch (service) {
      case "secretsmanager":
        checkSecretsManager(valueFrom, parts, subject, findings);
        break;
      case "ssm":
        if (parts.length != 6 || !parts[5].startsWith("parameter/")) {
          findings.report(
              valueFrom,
              subject + ": '" + valueFrom.text() + "' is not an SSM parameter ARN",
              "use arn:aws:ssm:REGION:ACCOUNT:parameter/NAME");
        }
        break;
      default:
        findings.report(
            valueFrom,
            subject
                + ": valueFrom is an ARN of "
                + (service.isEmpty() ? "no service" : service)
                + ", but ECS reads secrets only from Secrets Manager and SSM Parameter Store",
            "use a secretsmanager or ssm ARN");
    }
  }

  private static void checkSecretsManager(
      ScalarNode valueFrom, String[] parts, String subject, Findings findings) {
    if (parts.length < SECRET_ARN_PARTS || !parts[5].equals("secret") || parts[6].isEmpty()) {
      findings.report(
          valueFrom,
          subject + ": '" + valueFrom.text() + "' is not a Secrets Manager secret ARN",
          "use arn:aws:secretsmanager:REGION:ACCOUNT:secret:NAME");
      return;
    }
    String arn = String.join(":", java.util.Arrays.copyOf(parts, SECRET_ARN_PARTS));
    if (parts.length == SECRET_ARN_PARTS) {
      return;
    }
    if (parts.length == 8 || parts.length == 9) {
      String key = parts[7];
      findings.report(
          valueFrom,
          subject
              + ": the JSON-key form needs three fields after the secret (json-key:version-stage:"
              + "version-id), and this value has "
              + (parts.length - SECRET_ARN_PARTS)
              + "; ECS cannot read a JSON key from it and the task fails to start",
          "end it with the two empty fields: " + arn + ":" + key + "::");
      return;
    }
    if (parts.length > SECRET_ARN_WITH_KEY_PARTS) {
      String key = firstNonEmpty(parts, SECRET_ARN_PARTS);
      // name::KEY:: is the usual slip: one colon too many shifts the key into version-stage.
      String shifted =
          parts[SECRET_ARN_PARTS].isEmpty() && !key.equals("KEY")
              ? " (the extra ':' after the secret name moves the JSON key '"
                  + key
                  + "' out of"
                  + " the json-key field)"
              : "";
      findings.report(
          valueFrom,
          subject
              + ": '"
              + valueFrom.text()
              + "' has "
              + (parts.length - SECRET_ARN_PARTS)
              + " fields after the secret"
              + shifted
              + "; ECS takes exactly json-key:version-stage:version-id",
          "use " + arn + ":" + key + "::");
      return;
    }
    String key = parts[7];
    String stage = parts[8];
    if (key.isEmpty() && !stage.isEmpty() && !STAGES.contains(stage)) {
      findings.report(
          Severity.WARNING,
          valueFrom,
          subject
              + ": '"
              + stage
              + "' stands in the version-stage field with an empty json-key; if it is a JSON"
              + " key, it is in the wrong field",
          "for a JSON key use " + arn + ":" + stage + "::");
    }
  }

  private static String firstNonEmpty(String[] parts, int from) {
    for (int i = from; i < parts.length; i++) {
      if (!parts[i].isEmpty()) {
        return parts[i];
      }
    }
    return "KEY";
  }
}
