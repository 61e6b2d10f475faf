package dev.berth.ecr;

import java.util.OptionalInt;

/**
 * What the policy does to one image, the priority of the rule that decided it (empty when no rule
 * selects the image, or when an image index protects it) and the reason in words.
 */
public record ImageVerdict(Image image, Verdict verdict, OptionalInt rule, String reason) {}
