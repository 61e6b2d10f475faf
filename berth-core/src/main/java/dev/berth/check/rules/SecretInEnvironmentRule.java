package dev.berth.check.rules;

import dev.berth.check.Docs;
import dev.berth.check.Findings;
import dev.berth.check.Severity;
import dev.berth.check.TaskDefinitionRule;
import dev.berth.model.ContainerDefinition;
import dev.berth.model.SecretLooking;
import dev.berth.model.TaskDefinition;
import dev.berth.source.ObjectNode;
import dev.berth.source.ScalarNode;
import java.util.Optional;

/**
 * ECS015: plain environment values show in the console, in describe-task-definition output and in
 * logs; a password, token or key belongs in {@code secrets}. The value itself is never printed.
 */
public final class SecretInEnvironmentRule extends TaskDefinitionRule {

  public SecretInEnvironmentRule() {
    super(
        "ECS015",
        Severity.WARNING,
        "Secrets belong in secrets, not in plain environment variables",
        Docs.SECRETS);
  }

  @Override
  protected void check(TaskDefinition td, Findings findings) {
    for (ContainerDefinition container : td.containers()) {
      container.objects("environment").forEach(variable -> check(container, variable, findings));
    }
  }

  private static void check(ContainerDefinition container, ObjectNode variable, Findings findings) {
    Optional<String> name = variable.knownString("name");
    Optional<ScalarNode> value =
        variable.scalar("value").filter(v -> v.isString() && !v.hasPlaceholder());
    if (name.isEmpty() || value.isEmpty()) {
      return;
    }
    String text = value.get().text();
    boolean byName = SecretLooking.isSecretName(name.get()) && SecretLooking.couldBeSecret(text);
    boolean byValue = SecretLooking.isSecretValue(text);
    if (!byName && !byValue) {
      return;
    }
    findings.report(
        value.get(),
        "container "
            + container.label()
            + " sets "
            + name.get()
            + " in plain environment (value "
            + SecretLooking.redacted()
            + (byValue ? ", which has the shape of a credential" : "")
            + "); it shows in the console, in describe output and in logs",
        "store it in Secrets Manager or SSM Parameter Store and move it to \"secrets\": [{\"name\":"
            + " \""
            + name.get()
            + "\", \"valueFrom\": \"arn:aws:secretsmanager:REGION:ACCOUNT:secret:NAME\"}]");
  }
}
