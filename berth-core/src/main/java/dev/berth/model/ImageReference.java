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
              + ")\\.amazonaws\\.com(\\.cn)?$"
              // The dual-stack (IPv4 and IPv6) endpoint: ACCOUNT.dkr-ecr.REGION.on.aws.
              + "|^(\\d{12}|"
              + Pattern.quote(Placeholders.MASK)
              + ")\\.dkr-ecr(-fips)?\\.([a-z0-9-]+|"
              + Pattern.quote(Placeholders.MASK)
              + ")\\.on\\.aws$");

  // Docker's reference grammar (distribution/reference): a host[:port] registry, lower-case path
  // components joined by '/', each alphanumerics joined by '.', '_', '__' or dashes, a tag of at
  // most 128 word characters, dots and dashes not starting with either, and an algorithm:hex
  // digest.
  private static final String COMPONENT = "[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*";
  private static final String DOMAIN_PART = "(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])";
  private static final String DOMAIN =
      "(?:" + DOMAIN_PART + "(?:\\." + DOMAIN_PART + ")*|\\[[0-9A-Fa-f:.]+\\])(?::[0-9]+)?";
  private static final Pattern REFERENCE =
      Pattern.compile(
          "^(?:"
              + DOMAIN
              + "/)?"
              + COMPONENT
              + "(?:/"
              + COMPONENT
              + ")*(?::[\\w][\\w.-]{0,127})?(?:@[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*"
              + ":[0-9A-Fa-f]{32,})?$");

  /** What a templating placeholder stands for while the grammar is checked: a valid component. */
  private static final String NEUTRAL = "x0";

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

  /**
   * Why {@code image}, exactly as written, is not a reference Docker (and so ECS) can pull, or
   * empty when it is one. Placeholders are taken as valid parts, since any text may replace them.
   */
  public static Optional<String> problem(String image) {
    String text = Placeholders.mask(image).replace(Placeholders.MASK, NEUTRAL);
    if (REFERENCE.matcher(text).matches()) {
      // ECS takes only sha256 digests, of exactly 64 hex digits.
      int at = text.indexOf('@');
      if (at >= 0 && !text.substring(at + 1).matches("sha256:[0-9A-Fa-f]{64}")) {
        return Optional.of("ECS takes only sha256 digests of exactly 64 hex digits");
      }
      return Optional.empty();
    }
    if (!text.equals(text.strip())) {
      return Optional.of("it has spaces around it");
    }
    if (text.chars().anyMatch(Character::isWhitespace)) {
      return Optional.of("it contains a space");
    }
    String lower = text.toLowerCase(java.util.Locale.ROOT);
    if (!lower.equals(text) && REFERENCE.matcher(lowerRepository(text)).matches()) {
      return Optional.of("repository names must be lower case");
    }
    if (text.contains("::")) {
      return Optional.of("it has two colons before the tag");
    }
    if (text.endsWith(":") || text.endsWith("@")) {
      return Optional.of("it ends with '" + text.charAt(text.length() - 1) + "' and nothing after");
    }
    return Optional.of(
        "it does not follow the [registry/]repository[:tag][@digest] form (lower-case repository;"
            + " a tag of letters, digits, '_', '.' and '-', at most 128, not starting with '.'"
            + " or '-')");
  }

  /** The reference with its repository path lower-cased, its registry and tag left alone. */
  private static String lowerRepository(String text) {
    ImageReference parsed = parse(text);
    StringBuilder lowered = new StringBuilder();
    if (!parsed.registry().isEmpty()) {
      lowered.append(parsed.registry()).append('/');
    }
    lowered.append(parsed.repository().toLowerCase(java.util.Locale.ROOT));
    parsed.tag().ifPresent(t -> lowered.append(':').append(t));
    parsed.digest().ifPresent(d -> lowered.append('@').append(d));
    return lowered.toString();
  }

  /**
   * True for an image in a private Amazon ECR registry: {@code
   * ACCOUNT.dkr.ecr.REGION.amazonaws.com} (FIPS and China included) or the dual-stack {@code
   * ACCOUNT.dkr-ecr.REGION.on.aws}.
   */
  public boolean isPrivateEcr() {
    return PRIVATE_ECR.matcher(Placeholders.mask(registry)).matches();
  }

  /** True for a Docker Hub image, written with or without its registry. */
  public boolean isDockerHub() {
    return registry.isEmpty() || registry.equals("docker.io") || registry.equals("index.docker.io");
  }
}
