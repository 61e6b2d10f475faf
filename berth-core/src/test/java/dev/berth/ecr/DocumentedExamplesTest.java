package dev.berth.ecr;

import static dev.berth.ecr.Policies.evaluate;
import static dev.berth.ecr.Policies.expired;
import static dev.berth.ecr.Policies.image;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Every worked example of "Examples of lifecycle policies in Amazon ECR"
 * (https://docs.aws.amazon.com/AmazonECR/latest/userguide/lifecycle_policy_examples.html), with the
 * outcome the page states. Where the page prints JSON with missing commas, the policy here is the
 * same policy with the commas in place.
 */
class DocumentedExamplesTest {

  private static final String RULE =
      """
      {"rulePriority": %d, "description": "Rule %d",
       "selection": {"tagStatus": "tagged", "tagPrefixList": [%s],
                     "countType": "%s", %s "countNumber": %d},
       "action": {"type": "expire"}}""";

  private static String rule(int priority, String prefixes, String count, int number) {
    String unit = count.equals("sinceImagePushed") ? "\"countUnit\": \"days\"," : "";
    return RULE.formatted(priority, priority, prefixes, count, unit, number);
  }

  private static String policy(String... rules) {
    return "{\"rules\": [" + String.join(",", rules) + "]}";
  }

  @Test
  void filteringOnImageAgeExpiresProdImagesOlderThan14Days() {
    // The page gives the policy and its intent; the repository is ours.
    LifecyclePreview preview =
        evaluate(
            """
            {"rules": [{"rulePriority": 1, "description": "Expire images older than 14 days",
              "selection": {"tagStatus": "tagged", "tagPatternList": ["prod*"],
                "countType": "sinceImagePushed", "countUnit": "days", "countNumber": 14},
              "action": {"type": "expire"}}]}""",
            image("old-prod", 20, "prod-1"),
            image("new-prod", 10, "prod-2"),
            image("old-dev", 30, "dev-1"),
            image("old-untagged", 30));

    assertThat(expired(preview)).containsExactly("old-prod");
  }

  @Test
  void filteringOnImageAgeInTheEarlierRevisionExpiresUntaggedImagesOlderThan14Days() {
    // The page's earlier revision (awsdocs/amazon-ecr-user-guide) gave the untagged variant.
    LifecyclePreview preview =
        evaluate(
            """
            {"rules": [{"rulePriority": 1, "description": "Expire images older than 14 days",
              "selection": {"tagStatus": "untagged", "countType": "sinceImagePushed",
                "countUnit": "days", "countNumber": 14},
              "action": {"type": "expire"}}]}""",
            image("old-untagged", 15),
            image("new-untagged", 13),
            image("old-tagged", 40, "v1"));

    assertThat(expired(preview)).containsExactly("old-untagged");
  }

  @Test
  void filteringOnImageCountKeepsOneUntaggedImage() {
    LifecyclePreview preview =
        evaluate(
            """
            {"rules": [{"rulePriority": 1,
              "description": "Keep only one untagged image, expire all others",
              "selection": {"tagStatus": "untagged", "countType": "imageCountMoreThan",
                "countNumber": 1},
              "action": {"type": "expire"}}]}""",
            image("u1", 3),
            image("u2", 2),
            image("u3", 1),
            image("tagged", 9, "v1"));

    assertThat(expired(preview)).containsExactly("u1", "u2");
  }

  @Test
  void multipleRulesExampleAExpiresOnlyImageA() {
    LifecyclePreview preview =
        evaluate(
            policy(
                rule(1, "\"prod\"", "imageCountMoreThan", 1),
                rule(2, "\"beta\"", "imageCountMoreThan", 1)),
            image("A", 10, "beta-1", "prod-1"),
            image("B", 9, "beta-2", "prod-2"),
            image("C", 8, "beta-3"));

    assertThat(expired(preview)).containsExactly("A");
  }

  @Test
  void multipleRulesExampleBExpiresImagesAAndB() {
    LifecyclePreview preview =
        evaluate(
            policy(
                rule(1, "\"beta\"", "imageCountMoreThan", 1),
                rule(2, "\"prod\"", "imageCountMoreThan", 1)),
            image("A", 10, "beta-1", "prod-1"),
            image("B", 9, "beta-2", "prod-2"),
            image("C", 8, "beta-3"));

    assertThat(expired(preview)).containsExactly("A", "B");
  }

  @Test
  void multipleTagsExampleAExpiresImageC() {
    LifecyclePreview preview =
        evaluate(
            policy(rule(1, "\"alpha\", \"beta\"", "sinceImagePushed", 5)),
            image("A", 12, "alpha-1"),
            image("B", 11, "beta-1"),
            image("C", 10, "alpha-2", "beta-2"),
            image("D", 4, "alpha-3"),
            image("E", 3, "beta-3"),
            image("F", 2, "alpha-4", "beta-4"));

    assertThat(expired(preview)).containsExactly("C");
  }

  @Test
  void multipleTagsExampleBExpiresImagesAAndB() {
    LifecyclePreview preview =
        evaluate(
            policy(rule(1, "\"alpha\", \"beta\"", "imageCountMoreThan", 1)),
            image("A", 10, "alpha-1", "beta-1", "gamma-1"),
            image("B", 9, "alpha-2", "beta-2"),
            image("C", 8, "alpha-3", "beta-3", "gamma-2"));

    assertThat(expired(preview)).containsExactly("A", "B");
  }
}
