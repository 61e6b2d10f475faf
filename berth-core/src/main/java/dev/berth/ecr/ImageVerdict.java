package dev.berth.ecr;

import java.util.OptionalInt;

/**
 * What the policy does to one image, the priority of the rule that decided it (empty when no rule
 * selects the image, or when an image index protects it) and why.
 */
public record ImageVerdict(Image image, Verdict verdict, OptionalInt rule, VerdictReason why) {

  /** The reason in words. */
  public String reason() {
    return why.text();
  }
}
