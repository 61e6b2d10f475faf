package dev.berth.ecr;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.function.Function;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The evaluator's invariants over random repositories and policies. */
class LifecycleEvaluatorPropertiesTest {

  private static final Instant AT = Instant.parse("2026-12-04T00:00:00Z");
  private static final List<String> PREFIXES = List.of("prod", "beta", "dev", "rel");

  @Property(tries = 300)
  void everyImageGetsOneVerdictFromTheFirstRuleThatSelectsIt(
      @ForAll("rules") List<LifecycleRule> rules, @ForAll("images") List<Image> images) {
    LifecyclePreview preview = LifecycleEvaluator.evaluate(rules, images, AT);

    assertThat(preview.verdicts()).hasSameSizeAs(images);
    assertThat(preview.verdicts().stream().map(v -> v.image().digest()))
        .containsExactlyInAnyOrderElementsOf(images.stream().map(Image::digest).toList());
    List<LifecycleRule> ordered =
        rules.stream().sorted(Comparator.comparingInt(LifecycleRule::priority)).toList();
    for (ImageVerdict v : preview.verdicts()) {
      OptionalInt first =
          ordered.stream()
              .filter(r -> r.selects(v.image()))
              .mapToInt(LifecycleRule::priority)
              .findFirst();
      assertThat(v.rule()).as(v.reason()).isEqualTo(first);
      if (v.verdict() != Verdict.KEEP) {
        assertThat(v.rule()).isPresent();
      }
    }
  }

  @Property(tries = 300)
  void imageCountMoreThanLeavesTheNewestMinOfNAndMatched(
      @ForAll("countRule") LifecycleRule rule, @ForAll("images") List<Image> images) {
    LifecyclePreview preview = LifecycleEvaluator.evaluate(List.of(rule), images, AT);

    List<ImageVerdict> matched =
        preview.verdicts().stream().filter(v -> rule.selects(v.image())).toList();
    List<ImageVerdict> left = matched.stream().filter(v -> v.verdict() == Verdict.KEEP).toList();
    assertThat(left).hasSize(Math.min(rule.countNumber(), matched.size()));
    Instant oldestLeft =
        left.stream().map(v -> v.image().pushedAt()).min(Comparator.naturalOrder()).orElse(AT);
    assertThat(matched)
        .filteredOn(v -> v.verdict() == Verdict.EXPIRE)
        .allSatisfy(v -> assertThat(v.image().pushedAt()).isBeforeOrEqualTo(oldestLeft));
  }

  @Property(tries = 300)
  void aCountRuleNeverActsOnTheNewestNItSelects(
      @ForAll("rules") List<LifecycleRule> rules, @ForAll("images") List<Image> images) {
    LifecyclePreview preview = LifecycleEvaluator.evaluate(rules, images, AT);
    Map<String, ImageVerdict> byDigest =
        preview.verdicts().stream()
            .collect(Collectors.toMap(v -> v.image().digest(), Function.identity()));

    for (LifecycleRule rule : rules) {
      if (rule.countType() != CountType.IMAGE_COUNT_MORE_THAN) {
        continue;
      }
      images.stream()
          .filter(rule::selects)
          .sorted(Comparator.comparing(Image::pushedAt).reversed().thenComparing(Image::digest))
          .limit(rule.countNumber())
          .map(i -> byDigest.get(i.digest()))
          .forEach(
              v ->
                  assertThat(v.verdict() == Verdict.KEEP || v.rule().getAsInt() != rule.priority())
                      .as(v.reason())
                      .isTrue());
    }
  }

  @Property(tries = 300)
  void aRuleOfLargerPriorityNumberNeverChangesEarlierVerdicts(
      @ForAll("rules") List<LifecycleRule> rules,
      @ForAll("anyRule") LifecycleRule extra,
      @ForAll("images") List<Image> images) {
    int last = rules.stream().mapToInt(LifecycleRule::priority).max().orElse(0);
    LifecycleRule later = withPriority(extra, last + 1 + extra.priority());
    List<LifecycleRule> extended = new ArrayList<>(rules);
    extended.add(later);

    Map<String, ImageVerdict> before = byDigest(LifecycleEvaluator.evaluate(rules, images, AT));
    Map<String, ImageVerdict> after = byDigest(LifecycleEvaluator.evaluate(extended, images, AT));

    before.values().stream()
        .filter(v -> v.rule().isPresent())
        .forEach(v -> assertThat(after.get(v.image().digest())).isEqualTo(v));
  }

  private static Map<String, ImageVerdict> byDigest(LifecyclePreview preview) {
    return preview.verdicts().stream()
        .collect(Collectors.toMap(v -> v.image().digest(), Function.identity()));
  }

  private static LifecycleRule withPriority(LifecycleRule r, int priority) {
    return new LifecycleRule(
        priority,
        r.description(),
        r.tagStatus(),
        r.tagPrefixes(),
        r.tagPatterns(),
        r.storageClass(),
        r.countType(),
        r.countNumber(),
        r.action());
  }

  @Provide
  Arbitrary<List<Image>> images() {
    Arbitrary<List<String>> tags =
        Combinators.combine(Arbitraries.of(PREFIXES), Arbitraries.integers().between(1, 9))
            .as((p, n) -> p + "-" + n)
            .list()
            .ofMaxSize(3)
            .uniqueElements();
    Arbitrary<Long> ageSeconds = Arbitraries.longs().between(0, Duration.ofDays(60).toSeconds());
    return Combinators.combine(tags, ageSeconds)
        .as((t, age) -> new Object[] {t, age})
        .list()
        .ofMaxSize(40)
        .map(
            rows -> {
              List<Image> images = new ArrayList<>();
              for (int i = 0; i < rows.size(); i++) {
                @SuppressWarnings("unchecked")
                List<String> t = (List<String>) rows.get(i)[0];
                long age = (Long) rows.get(i)[1];
                images.add(Image.of("sha256:%04d".formatted(i), t, AT.minusSeconds(age)));
              }
              return images;
            });
  }

  @Provide
  Arbitrary<LifecycleRule> countRule() {
    return rule(Arbitraries.just(CountType.IMAGE_COUNT_MORE_THAN), false);
  }

  @Provide
  Arbitrary<LifecycleRule> anyRule() {
    return rule(
        Arbitraries.of(CountType.IMAGE_COUNT_MORE_THAN, CountType.SINCE_IMAGE_PUSHED), true);
  }

  @Provide
  Arbitrary<List<LifecycleRule>> rules() {
    return rule(
            Arbitraries.of(CountType.IMAGE_COUNT_MORE_THAN, CountType.SINCE_IMAGE_PUSHED), false)
        .list()
        .ofMinSize(1)
        .ofMaxSize(5)
        .map(
            list -> {
              // Unique ascending priorities with gaps, as policies are written.
              List<LifecycleRule> numbered = new ArrayList<>();
              for (int i = 0; i < list.size(); i++) {
                numbered.add(withPriority(list.get(i), i * 3 + 1 + list.get(i).priority() % 3));
              }
              return numbered;
            });
  }

  private static Arbitrary<LifecycleRule> rule(Arbitrary<CountType> counts, boolean allowAny) {
    Arbitrary<TagStatus> status =
        allowAny
            ? Arbitraries.of(TagStatus.values())
            : Arbitraries.of(TagStatus.TAGGED, TagStatus.UNTAGGED);
    Arbitrary<List<String>> prefixes =
        Arbitraries.of(PREFIXES).list().ofMinSize(1).ofMaxSize(2).uniqueElements();
    return Combinators.combine(
            status,
            prefixes,
            Arbitraries.of(true, false),
            counts,
            Arbitraries.integers().between(1, 12),
            Arbitraries.integers().between(1, 3),
            Arbitraries.of(ActionType.values()))
        .as(
            (s, p, asPattern, count, number, priority, action) ->
                new LifecycleRule(
                    priority,
                    "",
                    s,
                    s == TagStatus.TAGGED && !asPattern ? p : List.of(),
                    s == TagStatus.TAGGED && asPattern
                        ? p.stream().map(x -> TagPattern.of(x + "-*")).toList()
                        : List.of(),
                    StorageClass.STANDARD,
                    count,
                    number,
                    action));
  }
}
