package dev.berth.check.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.check.Checker;
import dev.berth.check.Finding;
import dev.berth.check.RuleRegistry;
import dev.berth.ecr.LifecyclePolicy;
import dev.berth.model.Workload;
import dev.berth.source.JsonSourceReader;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each ECR rule: a policy it must flag, where, and a correct policy none of them flags. */
class LifecycleRulesTest {

  private static final String EXPIRE = "\"action\": {\"type\": \"expire\"}";

  private static String rule(int priority, String selection, String action) {
    return "{\"rulePriority\": "
        + priority
        + ", \"selection\": {"
        + selection
        + "}, "
        + action
        + "}";
  }

  private static String policy(String... rules) {
    return "{\"rules\": [\n" + String.join(",\n", rules) + "\n]}";
  }

  private static final String UNTAGGED_14 =
      "\"tagStatus\": \"untagged\", \"countType\": \"sinceImagePushed\", \"countUnit\": \"days\","
          + " \"countNumber\": 14";

  static Stream<Arguments> mistakes() {
    return Stream.of(
        Arguments.of("ECR001", "{\"rules\": []}", 1, "\"rules\" is empty"),
        Arguments.of(
            "ECR001", "{\"rules\": []}", 1, "text is 13 characters; ECR takes 100 to 30720"),
        Arguments.of(
            "ECR001",
            policy(rule(1, UNTAGGED_14 + ", \"TagPrefixList\": [\"x\"]", EXPIRE)),
            2,
            "write \"tagPrefixList\" (keys are case-sensitive)"),
        Arguments.of(
            "ECR001",
            policy(
                rule(
                    1,
                    UNTAGGED_14,
                    "\"action\": {\"type\": \"expire\", \"targetStorageClass\": null}")),
            2,
            "to null"),
        Arguments.of(
            "ECR002",
            policy(
                rule(1, UNTAGGED_14, EXPIRE),
                rule(
                    1,
                    "\"tagStatus\": \"any\", \"countType\": \"imageCountMoreThan\", \"countNumber\": 9",
                    EXPIRE)),
            3,
            "rulePriority 1 is also used at line 2"),
        Arguments.of("ECR002", policy(rule(0, UNTAGGED_14, EXPIRE)), 2, "it must be 1 or more"),
        Arguments.of(
            "ECR003",
            policy(
                rule(
                    1,
                    "\"tagStatus\": \"tagged\", \"countType\": \"imageCountMoreThan\", \"countNumber\": 3",
                    EXPIRE)),
            2,
            "has no tagPrefixList or tagPatternList"),
        Arguments.of(
            "ECR003",
            policy(
                rule(
                    1,
                    "\"tagStatus\": \"tagged\", \"tagPrefixList\": [\"a\"], \"tagPatternList\": [\"b*\"], \"countType\": \"imageCountMoreThan\", \"countNumber\": 3",
                    EXPIRE)),
            2,
            "has both tagPrefixList and tagPatternList"),
        Arguments.of(
            "ECR003",
            policy(rule(1, UNTAGGED_14 + ", \"tagPrefixList\": [\"a\"]", EXPIRE)),
            2,
            "selects untagged images but has tagPrefixList"),
        Arguments.of(
            "ECR004",
            policy(
                rule(
                    1,
                    "\"tagStatus\": \"any\", \"countType\": \"imageCountMoreThan\", \"countNumber\": 9",
                    EXPIRE),
                rule(2, UNTAGGED_14, EXPIRE)),
            2,
            "must have the highest rulePriority"),
        Arguments.of(
            "ECR005",
            policy(
                rule(
                    1,
                    "\"tagStatus\": \"untagged\", \"countType\": \"imageCountMoreThan\", \"countUnit\": \"days\", \"countNumber\": 1",
                    EXPIRE)),
            2,
            "sets countUnit with imageCountMoreThan"),
        Arguments.of(
            "ECR005",
            policy(
                rule(
                    1,
                    "\"tagStatus\": \"untagged\", \"countType\": \"sinceImagePushed\", \"countNumber\": 1",
                    EXPIRE)),
            2,
            "has no countUnit"),
        Arguments.of(
            "ECR005",
            policy(
                rule(
                    1,
                    "\"tagStatus\": \"untagged\", \"countType\": \"imageCountMoreThan\", \"countNumber\": 0",
                    EXPIRE)),
            2,
            "ECR takes 1 or more"),
        Arguments.of(
            "ECR006",
            policy(rule(1, UNTAGGED_14, "\"action\": {\"type\": \"transition\"}")),
            2,
            "names no targetStorageClass"),
        Arguments.of(
            "ECR006",
            policy(
                rule(
                    1,
                    "\"tagStatus\": \"any\", \"storageClass\": \"archive\", \"countType\": \"sinceImageTransitioned\", \"countUnit\": \"days\", \"countNumber\": 30",
                    EXPIRE)),
            2,
            "archived images stay at least 90 days"),
        Arguments.of(
            "ECR006",
            policy(
                rule(
                    1,
                    "\"tagStatus\": \"any\", \"countType\": \"sinceImageTransitioned\", \"countUnit\": \"days\", \"countNumber\": 90",
                    EXPIRE)),
            2,
            "counts sinceImageTransitioned over standard images"),
        Arguments.of(
            "ECR007",
            policy(
                rule(
                    1,
                    "\"tagStatus\": \"tagged\", \"tagPatternList\": [\"a*b*c*d*e*f\"], \"countType\": \"imageCountMoreThan\", \"countNumber\": 3",
                    EXPIRE)),
            2,
            "has 5 wildcards"),
        Arguments.of(
            "ECR008",
            policy(
                rule(
                    1,
                    "\"tagStatus\": \"tagged\", \"tagPatternList\": [\"^v[0-9]+\\\\.[0-9]+$\"], \"countType\": \"imageCountMoreThan\", \"countNumber\": 3",
                    EXPIRE)),
            2,
            "write the wildcard pattern \"v*.*\""),
        Arguments.of(
            "ECR008",
            policy(
                rule(
                    1,
                    "\"tagStatus\": \"tagged\", \"tagPatternList\": [\"(prod|staging)-*\"], \"countType\": \"imageCountMoreThan\", \"countNumber\": 3",
                    EXPIRE)),
            2,
            "one rule per alternative, with tagPatternList [\"prod-*\"], [\"staging-*\"]"),
        Arguments.of(
            "ECR009",
            policy(
                rule(1, UNTAGGED_14, EXPIRE),
                rule(
                    2,
                    "\"tagStatus\": \"untagged\", \"countType\": \"imageCountMoreThan\", \"countNumber\": 5",
                    EXPIRE)),
            3,
            "rule 2 never acts"),
        Arguments.of(
            "ECR010",
            policy(
                rule(
                    1,
                    "\"tagStatus\": \"tagged\", \"tagPrefixList\": [\"0a\", \"1b\", \"2c\"], \"countType\": \"imageCountMoreThan\", \"countNumber\": 3",
                    EXPIRE)),
            2,
            "matching all of 0a, 1b, 2c, not any one of them"),
        Arguments.of(
            "ECR011",
            policy(
                "{\"rulePriority\": 1, \"description\": \"Keep the last 10 images\", \"selection\": {\"tagStatus\": \"any\", \"countType\": \"imageCountMoreThan\", \"countNumber\": 5}, "
                    + EXPIRE
                    + "}"),
            2,
            "description says 10 but its countNumber is 5"));
  }

  @ParameterizedTest(name = "{0}: {3}")
  @MethodSource("mistakes")
  void flagsTheMistakeAtItsLine(String id, String json, int line, String expected)
      throws Exception {
    List<Finding> findings = check(json);

    assertThat(findings)
        .filteredOn(f -> f.ruleId().equals(id))
        .anySatisfy(
            f -> {
              assertThat(f.messageWithFix()).contains(expected);
              assertThat(f.location().line()).isEqualTo(line);
            });
  }

  @Test
  void aCorrectPolicyWithEveryFeatureHasNoFindings() throws Exception {
    String json =
        policy(
            "{\"rulePriority\": 1, \"description\": \"Expire untagged images after 14 days\","
                + " \"selection\": {"
                + UNTAGGED_14
                + "}, "
                + EXPIRE
                + "}",
            "{\"rulePriority\": 2, \"description\": \"Archive release images not pulled for 30 days\","
                + " \"selection\": {\"tagStatus\": \"tagged\", \"tagPatternList\": [\"release-*\"],"
                + " \"storageClass\": \"standard\", \"countType\": \"sinceImagePulled\","
                + " \"countUnit\": \"days\", \"countNumber\": 30},"
                + " \"action\": {\"type\": \"transition\", \"targetStorageClass\": \"archive\"}}",
            "{\"rulePriority\": 3, \"description\": \"Delete release images archived for 365 days\","
                + " \"selection\": {\"tagStatus\": \"tagged\", \"tagPatternList\": [\"release-*\"],"
                + " \"storageClass\": \"archive\", \"countType\": \"sinceImageTransitioned\","
                + " \"countUnit\": \"days\", \"countNumber\": 365}, "
                + EXPIRE
                + "}",
            "{\"rulePriority\": 10, \"description\": \"Keep the newest 500 images\","
                + " \"selection\": {\"tagStatus\": \"any\", \"countType\": \"imageCountMoreThan\","
                + " \"countNumber\": 500}, "
                + EXPIRE
                + "}");

    assertThat(check(json)).isEmpty();
  }

  @Test
  void everyEcrRuleHasADocumentationPageNamingItsSource() throws Exception {
    java.nio.file.Path root = java.nio.file.Path.of(System.getProperty("berth.root", ".."));
    for (var rule : RuleRegistry.withPrefix("ECR")) {
      java.nio.file.Path page = root.resolve(rule.documentation());
      assertThat(page).exists();
      assertThat(java.nio.file.Files.readString(page)).contains(rule.id()).contains(rule.source());
    }
  }

  @Test
  void regexTranslationsKeepLiteralText() {
    assertThat(LifecycleRegexPattern.glob("prod-.*")).isEqualTo("prod-*");
    assertThat(LifecycleRegexPattern.glob(".*-release$")).isEqualTo("*-release");
    assertThat(LifecycleRegexPattern.glob("^v\\d+\\.\\d+")).isEqualTo("v*.*");
    assertThat(LifecycleRegexPattern.looksLikeRegex("v1.2.3")).isFalse();
    assertThat(LifecycleRegexPattern.looksLikeRegex("release-*")).isFalse();
    // Dotted version wildcards are patterns, not regular expressions; the suggested fix for
    // ^v\d+\.\d+ must not itself be flagged.
    assertThat(LifecycleRegexPattern.looksLikeRegex("v*.*")).isFalse();
    assertThat(LifecycleRegexPattern.looksLikeRegex("v1.*")).isFalse();
    assertThat(LifecycleRegexPattern.looksLikeRegex("prod-.*")).isTrue();
    assertThat(LifecycleRegexPattern.looksLikeRegex(".*-release")).isTrue();
  }

  private static List<Finding> check(String json) throws Exception {
    LifecyclePolicy policy =
        new LifecyclePolicy("p.json", "", JsonSourceReader.read("p.json", json), json.length());
    List<Finding> findings =
        new Checker(RuleRegistry.withPrefix("ECR")).check(Workload.of(List.of(), List.of(policy)));
    assertThat(findings)
        .allMatch(f -> f.severity() != null && f.location().file().equals("p.json"));
    return findings;
  }

  @Test
  void placeholdersAreUnknownAndNoRuleFiresOnThem() throws Exception {
    String json =
        policy(
            "{\"rulePriority\": \"${PRIORITY}\", \"description\": \"Keep the newest images\","
                + " \"selection\": {\"tagStatus\": \"tagged\", \"tagPatternList\": [\"${ENV}-*\"],"
                + " \"countType\": \"imageCountMoreThan\", \"countNumber\": \"${KEEP}\"},"
                + " \"action\": {\"type\": \"expire\"}}");

    assertThat(check(json)).isEmpty();
  }
}
