package dev.berth.bench;

import dev.berth.ecr.ActionType;
import dev.berth.ecr.CountType;
import dev.berth.ecr.Image;
import dev.berth.ecr.LifecycleEvaluator;
import dev.berth.ecr.LifecyclePreview;
import dev.berth.ecr.LifecycleRule;
import dev.berth.ecr.StorageClass;
import dev.berth.ecr.TagPattern;
import dev.berth.ecr.TagStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A lifecycle preview of a large repository (100,000 images, 10 rules) against the floor of any
 * such evaluation: sorting the same images by push time, in the same JVM.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class LifecycleEvaluatorBenchmark {

  private static final Instant AT = Instant.parse("2026-12-04T00:00:00Z");
  private static final Comparator<Image> NEWEST_FIRST =
      Comparator.comparing(Image::pushedAt).reversed().thenComparing(Image::digest);
  private static final String[] TAG_KINDS = {"prod", "staging", "dev", "release", "pr", "sha"};

  @Param("100000")
  int imageCount;

  private List<Image> images;
  private List<LifecycleRule> rules;

  @Setup
  public void setUp() {
    // A fixed seed: every run measures the same repository.
    Random random = new Random(20261204L);
    images = new ArrayList<>(imageCount);
    for (int i = 0; i < imageCount; i++) {
      int tagCount = random.nextInt(10) < 3 ? 0 : 1 + random.nextInt(3);
      List<String> tags = new ArrayList<>();
      for (int t = 0; t < tagCount; t++) {
        tags.add(TAG_KINDS[random.nextInt(TAG_KINDS.length)] + "-" + random.nextInt(100_000));
      }
      long ageSeconds = (long) (random.nextDouble() * 400 * 86_400);
      images.add(
          Image.of(
              "sha256:%064x".formatted(i),
              tags.stream().distinct().toList(),
              AT.minusSeconds(ageSeconds)));
    }
    rules =
        List.of(
            age(1, TagStatus.UNTAGGED, List.of(), 14),
            count(2, List.of("prod-*"), 50),
            count(3, List.of("release-*", "prod-*"), 20),
            count(4, List.of("staging-*"), 30),
            age(5, TagStatus.TAGGED, List.of("dev-*"), 30),
            age(6, TagStatus.TAGGED, List.of("pr-*"), 7),
            count(7, List.of("sha-*1"), 100),
            count(8, List.of("*-9*"), 200),
            age(9, TagStatus.TAGGED, List.of("*"), 365),
            new LifecycleRule(
                10,
                "",
                TagStatus.ANY,
                List.of(),
                List.of(),
                StorageClass.STANDARD,
                CountType.IMAGE_COUNT_MORE_THAN,
                5000,
                ActionType.EXPIRE));
  }

  private static LifecycleRule count(int priority, List<String> patterns, int n) {
    return LifecycleRule.keepNewest(priority, TagStatus.TAGGED, patterns, n);
  }

  private static LifecycleRule age(
      int priority, TagStatus status, List<String> patterns, int days) {
    return new LifecycleRule(
        priority,
        "",
        status,
        List.of(),
        patterns.stream().map(TagPattern::of).toList(),
        StorageClass.STANDARD,
        CountType.SINCE_IMAGE_PUSHED,
        days,
        ActionType.EXPIRE);
  }

  @Benchmark
  public LifecyclePreview evaluate() {
    return LifecycleEvaluator.evaluate(rules, images, AT);
  }

  /** The floor: the evaluator must at least order the images by push time. */
  @Benchmark
  public Image[] sortByPushTime() {
    Image[] sorted = images.toArray(new Image[0]);
    Arrays.sort(sorted, NEWEST_FIRST);
    return sorted;
  }
}
