package dev.berth.check.rules;

import dev.berth.check.Docs;
import dev.berth.check.Findings;
import dev.berth.check.Severity;
import dev.berth.check.TaskDefinitionRule;
import dev.berth.model.ContainerDefinition;
import dev.berth.model.ImageReference;
import dev.berth.model.SecretLooking;
import dev.berth.model.TaskDefinition;
import dev.berth.source.Placeholders;
import dev.berth.source.ScalarNode;

/**
 * ECS016: every container needs an image, written as a valid Docker reference (an invalid one is an
 * error: the pull fails and the task never starts); one without a tag, or tagged latest, means a
 * different image on every deployment, and a rollback cannot bring the old one back.
 */
public final class ImageTagRule extends TaskDefinitionRule {

  public ImageTagRule() {
    super(
        "ECS016",
        Severity.WARNING,
        "Images must be named, and pinned to a tag other than latest or to a digest",
        Docs.TASK_DEFINITION_PARAMETERS + "#container_definition_image");
  }

  @Override
  protected void check(TaskDefinition td, Findings findings) {
    for (ContainerDefinition container : td.containers()) {
      ScalarNode image = container.node().scalar("image").orElse(null);
      if (image == null || (image.isString() && image.text().isBlank())) {
        findings.report(
            Severity.ERROR,
            image == null ? container.node() : image,
            "container " + container.label() + " has no image",
            "set \"image\" to a repository and tag, e.g. \"public.ecr.aws/nginx/nginx:1.27\"");
        continue;
      }
      if (!image.isString() || image.isUnknown()) {
        continue;
      }
      java.util.Optional<String> problem = ImageReference.problem(image.text());
      if (problem.isPresent()) {
        boolean secret = SecretLooking.isSecretValue(image.text());
        findings.report(
            Severity.ERROR,
            image,
            "container "
                + container.label()
                + (secret ? " image" : " image '" + image.text() + "'")
                + " is not a valid image reference: "
                + problem.get(),
            "write it as [registry/]repository[:tag] in lower case, e.g."
                + " \"public.ecr.aws/nginx/nginx:1.27\"");
        continue;
      }
      ImageReference reference = ImageReference.parse(image.text());
      if (reference.digest().isPresent()) {
        continue;
      }
      if (reference.tag().isEmpty()) {
        if (!Placeholders.contains(reference.repository())) {
          findings.report(
              image,
              "container "
                  + container.label()
                  + " image '"
                  + image.text()
                  + "' has no tag, so it pulls latest, whatever was pushed last",
              "pin a version tag or a digest, e.g. '" + image.text() + ":1.2.3'");
        }
        continue;
      }
      String tag = reference.tag().get();
      if (tag.equals("latest") || tag.endsWith("-latest")) {
        findings.report(
            image,
            "container "
                + container.label()
                + " image '"
                + image.text()
                + "' uses the tag "
                + tag
                + ", which moves with every push: each deployment runs whatever was pushed last,"
                + " and rolling back to this revision cannot bring the old image back",
            "pin a version tag or a digest");
      }
    }
  }
}
