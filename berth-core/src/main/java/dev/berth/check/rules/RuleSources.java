package dev.berth.check.rules;

/** AWS documentation pages that several rules cite. */
final class RuleSources {

  /** Lifecycle policy properties: every field, its values and its constraints. */
  static final String PARAMETERS =
      "https://docs.aws.amazon.com/AmazonECR/latest/userguide/lifecycle_policy_parameters.html";

  /** How lifecycle policies work, and the evaluation rules. */
  static final String LIFECYCLE =
      "https://docs.aws.amazon.com/AmazonECR/latest/userguide/LifecyclePolicies.html";

  /** Archiving an image: archive storage and its 90-day minimum. */
  static final String ARCHIVE =
      "https://docs.aws.amazon.com/AmazonECR/latest/userguide/archive-image.html";

  private RuleSources() {}
}
