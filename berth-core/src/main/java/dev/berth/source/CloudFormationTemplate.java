package dev.berth.source;

/**
 * Recognises a CloudFormation template by its shape: an {@code AWSTemplateFormatVersion}, or {@code
 * Resources} whose entries have a {@code Type} of {@code AWS::…}.
 */
public final class CloudFormationTemplate {

  private CloudFormationTemplate() {}

  public static boolean isTemplate(Node root) {
    if (!(root instanceof ObjectNode object)) {
      return false;
    }
    if (object.get("AWSTemplateFormatVersion").isPresent()) {
      return true;
    }
    return object
        .object("Resources")
        .map(
            resources ->
                resources.entries().stream()
                    .map(ObjectNode.Member::value)
                    .filter(ObjectNode.class::isInstance)
                    .map(ObjectNode.class::cast)
                    .anyMatch(
                        r -> r.knownString("Type").filter(t -> t.startsWith("AWS::")).isPresent()))
        .orElse(false);
  }
}
