package dev.berth.model;

import dev.berth.source.Placeholders;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A container image reference split the way Docker reads it: {@code
 * [registry/]repository[:tag][@digest]}.
 *
 * @see <a
 *     href="https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task_definition_parameters.html#container_definition_image">Container
 *     image</a>
 */
public record ImageReference(
    String registry, String repository, Optional<String> tag, Optional<String> digest) {

  private static final Pattern PRIVATE_ECR =
      Pattern.compile(
          "^(\\d{12}|"
              + Pattern.quote(Placeholders.MASK)
              + ")\\.dkr\\.ecr(-fips)?\\.([a-z0-9-]+|"
              + Pattern.quote(Placeholders.MASK)
              + ")\\.amazonaws\\.com(\\.cn)?$");

  /** Splits an image reference; the registry is empty for Docker Hub short names. */
  public static ImageReference parse(String image) {
    String text = image.strip();
    Optional<String> digest = Optional.empty();
    int at = text.indexOf('@');
    if (at >= 0) {
      digest = Optional.of(text.substring(at + 1));
      text = text.substring(0, at);
    }
    String registry = "";
    int slash = text.indexOf('/');
    if (slash > 0) {
      String first = text.substring(0, slash);
      // Docker treats the first part as a registry only when it looks like a host name.
      if (first.contains(".") || first.contains(":") || first.equals("localhost")) {
        registry = first;
        text = text.substring(slash + 1);
      }
    }
    Optional<String> tag = Optional.empty();
    int colon = text.lastIndexOf(':');
    if (colon > text.lastIndexOf('/')) {
      tag = Optional.of(text.substring(colon + 1));
      text = text.substring(0, colon);
    }
    return new ImageReference(registry, text, tag, digest);
  }

  /** True for an image in a private Amazon ECR registry ({@code ACCOUNT.dkr.ecr.REGION...}). */
  public boolean isPrivateEcr() {
    return PRIVATE_ECR.matcher(Placeholders.mask(registry)).matches();
  }

  /** True for a Docker Hub image, written with or without its registry. */
  public boolean isDockerHub() {
    return registry.isEmpty() || registry.equals("docker.io") || registry.equals("index.docker.io");
  }
}
