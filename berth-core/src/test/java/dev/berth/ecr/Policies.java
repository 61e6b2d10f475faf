package dev.berth.ecr;

import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.check.Checker;
import dev.berth.check.Finding;
import dev.berth.check.RuleRegistry;
import dev.berth.check.Severity;
import dev.berth.model.Workload;
import dev.berth.source.JsonSourceReader;
import dev.berth.source.SourceSyntaxException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** Test helpers: policies from JSON text, images pushed some days before a fixed time. */
final class Policies {

  static final Instant NOW = Instant.parse("2026-12-04T00:00:00Z");

  private Policies() {}

  static LifecyclePolicy parse(String json) {
    try {
      return new LifecyclePolicy("policy.json", "", JsonSourceReader.read("policy.json", json));
    } catch (SourceSyntaxException e) {
      throw new AssertionError(e);
    }
  }

  /** The typed rules of a policy that the ECR check rules find no error in. */
  static List<LifecycleRule> valid(String json) {
    LifecyclePolicy policy = parse(json);
    assertThat(findings(policy)).noneMatch(f -> f.severity() == Severity.ERROR);
    try {
      return policy.rules();
    } catch (InvalidLifecyclePolicyException e) {
      throw new AssertionError(e);
    }
  }

  static List<Finding> findings(LifecyclePolicy policy) {
    return new Checker(RuleRegistry.withPrefix("ECR"))
        .check(Workload.of(List.of(), List.of(policy)));
  }

  static Image image(String name, int daysAgo, String... tags) {
    return Image.of(name, List.of(tags), NOW.minus(Duration.ofDays(daysAgo)));
  }

  static LifecyclePreview evaluate(String json, Image... images) {
    return LifecycleEvaluator.evaluate(valid(json), List.of(images), NOW);
  }

  /** The names of the images the preview expires, in name order. */
  static List<String> expired(LifecyclePreview preview) {
    return preview.verdicts().stream()
        .filter(v -> v.verdict() == Verdict.EXPIRE)
        .map(v -> v.image().digest())
        .sorted()
        .toList();
  }
}
