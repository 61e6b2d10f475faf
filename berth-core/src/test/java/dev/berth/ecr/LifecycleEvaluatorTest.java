package dev.berth.ecr;

import static dev.berth.ecr.Policies.NOW;
import static dev.berth.ecr.Policies.evaluate;
import static dev.berth.ecr.Policies.expired;
import static dev.berth.ecr.Policies.image;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Semantics beyond the documented examples: image indexes, pulls, archive, the clock. */
class LifecycleEvaluatorTest {

  private static final String EXPIRE_UNTAGGED_AFTER_7_DAYS =
      """
      {"rules": [{"rulePriority": 1, "description": "Expire untagged images after 7 days",
        "selection": {"tagStatus": "untagged", "countType": "sinceImagePushed",
          "countUnit": "days", "countNumber": 7},
        "action": {"type": "expire"}}]}""";

  @Test
  void imagesReferencedByAnIndexThatStaysAreNotExpired() {
    // A multi-architecture image: the tagged index, its untagged per-platform images.
    Image index = image("idx", 30, "v1").withChildren(List.of("amd64", "arm64"));
    LifecyclePreview preview =
        evaluate(
            EXPIRE_UNTAGGED_AFTER_7_DAYS,
            index,
            image("amd64", 30),
            image("arm64", 30),
            image("orphan", 30));

    assertThat(expired(preview)).containsExactly("orphan");
    ImageVerdict child =
        preview.verdicts().stream()
            .filter(v -> v.image().digest().equals("amd64"))
            .findFirst()
            .orElseThrow();
    assertThat(child.verdict()).isEqualTo(Verdict.KEEP);
    assertThat(child.rule()).isEmpty();
    assertThat(child.reason())
        .contains("referenced by image index idx")
        .contains("rule 1 would expire");
  }

  @Test
  void imagesOfAnExpiredIndexFollowTheirOwnVerdict() {
    Image index = image("idx", 30).withChildren(List.of("amd64"));
    LifecyclePreview preview = evaluate(EXPIRE_UNTAGGED_AFTER_7_DAYS, index, image("amd64", 30));

    assertThat(expired(preview)).containsExactly("amd64", "idx");
  }

  @Test
  void theEvaluationTimeIsAnInputAndTheBoundaryDayIsKept() {
    Image exactlySeven = image("seven", 7);
    Image justOver =
        new Image(
            "over",
            List.of(),
            NOW.minus(Duration.ofDays(7)).minusSeconds(1),
            Optional.empty(),
            Optional.empty(),
            "",
            0,
            ImageStatus.ACTIVE,
            List.of());

    assertThat(expired(evaluate(EXPIRE_UNTAGGED_AFTER_7_DAYS, exactlySeven, justOver)))
        .containsExactly("over");
  }

  @Test
  void sinceImagePulledUsesTheLastPullAndPushTimeForImagesNeverPulled() {
    String policy =
        """
        {"rules": [{"rulePriority": 1, "description": "Archive images not pulled for 30 days",
          "selection": {"tagStatus": "any", "countType": "sinceImagePulled",
            "countUnit": "days", "countNumber": 30},
          "action": {"type": "transition", "targetStorageClass": "archive"}}]}""";
    Image pulledLately = withPull(image("pulled", 90, "a"), 3);
    Image pulledLongAgo = withPull(image("stale", 90, "b"), 60);
    Image neverPulledOld = image("never-old", 45, "c");
    Image neverPulledNew = image("never-new", 5, "d");

    LifecyclePreview preview =
        evaluate(policy, pulledLately, pulledLongAgo, neverPulledOld, neverPulledNew);

    assertThat(preview.verdicts())
        .filteredOn(v -> v.verdict() == Verdict.TRANSITION)
        .extracting(v -> v.image().digest())
        .containsExactlyInAnyOrder("stale", "never-old");
    assertThat(preview.summary().transitioned()).isEqualTo(2);
    assertThat(preview.summary().expired()).isZero();
  }

  @Test
  void archiveRulesSeeOnlyArchivedImagesAndStandardRulesOnlyActiveOnes() {
    String policy =
        """
        {"rules": [
          {"rulePriority": 1, "description": "Delete images archived for 180 days",
           "selection": {"tagStatus": "any", "storageClass": "archive",
             "countType": "sinceImageTransitioned", "countUnit": "days", "countNumber": 180},
           "action": {"type": "expire"}},
          {"rulePriority": 2, "description": "Keep the newest 1 image",
           "selection": {"tagStatus": "any", "countType": "imageCountMoreThan", "countNumber": 1},
           "action": {"type": "expire"}}]}""";
    Image archivedLongAgo = archived(image("old-archive", 400, "a"), 200);
    Image archivedLately = archived(image("new-archive", 400, "b"), 20);
    Image active1 = image("active-new", 1, "c");
    Image active2 = image("active-old", 2, "d");

    LifecyclePreview preview = evaluate(policy, archivedLongAgo, archivedLately, active1, active2);

    assertThat(expired(preview)).containsExactly("active-old", "old-archive");
  }

  @Test
  void bytesFreedAddsTheSizesOfExpiredImages() {
    Image big =
        new Image(
            "big",
            List.of(),
            NOW.minus(Duration.ofDays(30)),
            Optional.empty(),
            Optional.empty(),
            "",
            3_000_000,
            ImageStatus.ACTIVE,
            List.of());
    Image small =
        new Image(
            "small",
            List.of(),
            NOW.minus(Duration.ofDays(30)),
            Optional.empty(),
            Optional.empty(),
            "",
            1_000,
            ImageStatus.ACTIVE,
            List.of());

    PreviewSummary summary = evaluate(EXPIRE_UNTAGGED_AFTER_7_DAYS, big, small).summary();

    assertThat(summary.expired()).isEqualTo(2);
    assertThat(summary.bytesExpired()).isEqualTo(3_001_000);
  }

  private static Image withPull(Image i, int daysAgo) {
    return new Image(
        i.digest(),
        i.tags(),
        i.pushedAt(),
        Optional.of(NOW.minus(Duration.ofDays(daysAgo))),
        i.lastArchivedAt(),
        i.mediaType(),
        i.sizeInBytes(),
        i.status(),
        i.childDigests());
  }

  private static Image archived(Image i, int daysAgo) {
    return new Image(
        i.digest(),
        i.tags(),
        i.pushedAt(),
        i.lastPulledAt(),
        Optional.of(NOW.minus(Duration.ofDays(daysAgo))),
        i.mediaType(),
        i.sizeInBytes(),
        ImageStatus.ARCHIVED,
        i.childDigests());
  }
}
