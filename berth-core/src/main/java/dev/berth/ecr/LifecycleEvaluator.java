package dev.berth.ecr;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * Decides what a lifecycle policy does to each image, as ECR's evaluator does (see
 * docs/ecr-lifecycle.md for every point and its source):
 *
 * <ul>
 *   <li>every rule identifies the images its selection takes, all of them, counting images that a
 *       rule of lower priority number also takes;
 *   <li>an image is decided by the first rule, in ascending {@code rulePriority}, that selects it:
 *       that rule acts on it or spares it, and no later rule can touch it;
 *   <li>{@code imageCountMoreThan N} spares the newest N by push time and picks the rest; the age
 *       counts pick images older than N days at the evaluation time;
 *   <li>an image referenced by an image index that is not expired is not acted on.
 * </ul>
 *
 * Pure: the evaluation time is an argument, never read from a clock.
 */
public final class LifecycleEvaluator {

  /** Newest push first; the digest breaks ties so the order is the same on every run. */
  private static final Comparator<Image> NEWEST_FIRST =
      Comparator.comparing(Image::pushedAt).reversed().thenComparing(Image::digest);

  private static final VerdictReason NO_RULE = VerdictReason.of("no rule selects it");

  private LifecycleEvaluator() {}

  /** The verdict on every image of {@code images} under {@code rules} at {@code at}. */
  public static LifecyclePreview evaluate(
      List<LifecycleRule> rules, List<Image> images, Instant at) {
    LifecycleRule[] ordered = rules.toArray(new LifecycleRule[0]);
    Arrays.sort(ordered, Comparator.comparingInt(LifecycleRule::priority));
    Image[] sorted = images.toArray(new Image[0]);
    Arrays.sort(sorted, NEWEST_FIRST);

    Selection selection = Selection.of(ordered, sorted);
    Decision[] decisions = new Decision[ordered.length];
    for (int r = 0; r < ordered.length; r++) {
      decisions[r] = Decision.of(ordered[r], selection.counts[r], at);
    }
    ImageVerdict[] verdicts = new ImageVerdict[sorted.length];
    int[] ranks = new int[ordered.length];
    for (int i = 0; i < sorted.length; i++) {
      for (int r = 0; r < ordered.length; r++) {
        if (!selection.selects(i, r)) {
          continue;
        }
        ranks[r]++;
        if (verdicts[i] == null) {
          verdicts[i] = decisions[r].decide(sorted[i], ranks[r], at);
        }
      }
      if (verdicts[i] == null) {
        verdicts[i] = new ImageVerdict(sorted[i], Verdict.KEEP, OptionalInt.empty(), NO_RULE);
      }
    }
    protectIndexChildren(sorted, verdicts);
    return new LifecyclePreview(at, Arrays.asList(verdicts));
  }

  /**
   * Which rules select which image, one bit per rule and image, and how many images each rule
   * selects. Every image is looked at once, against all rules while it is at hand. Once a rule has
   * taken an image, later age rules need not look at it; later count rules must, since they count
   * it.
   */
  private static final class Selection {
    private final long[] bits;
    private final int words;
    private final int[] counts;

    private Selection(int images, int rules) {
      this.words = (rules + 63) / 64;
      this.bits = new long[images * words];
      this.counts = new int[rules];
    }

    static Selection of(LifecycleRule[] rules, Image[] images) {
      Selection selection = new Selection(images.length, rules.length);
      for (int i = 0; i < images.length; i++) {
        boolean taken = false;
        for (int r = 0; r < rules.length; r++) {
          LifecycleRule rule = rules[r];
          if (taken && rule.countType() != CountType.IMAGE_COUNT_MORE_THAN) {
            continue;
          }
          if (rule.selects(images[i])) {
            selection.bits[i * selection.words + r / 64] |= 1L << (r % 64);
            selection.counts[r]++;
            taken = true;
          }
        }
      }
      return selection;
    }

    boolean selects(int image, int rule) {
      return (bits[image * words + rule / 64] & (1L << (rule % 64))) != 0;
    }
  }

  /** One rule's verdicts, with the words and values that are the same for every image. */
  private record Decision(
      LifecycleRule rule,
      OptionalInt priority,
      Verdict action,
      String opening,
      String closing,
      Instant limit) {

    static Decision of(LifecycleRule rule, int selected, Instant at) {
      Verdict action = rule.action() == ActionType.TRANSITION ? Verdict.TRANSITION : Verdict.EXPIRE;
      OptionalInt priority = OptionalInt.of(rule.priority());
      Instant limit = at.minus(Duration.ofDays(rule.countNumber()));
      String who = "rule " + rule.priority();
      if (rule.countType() == CountType.IMAGE_COUNT_MORE_THAN) {
        return new Decision(
            rule,
            priority,
            action,
            who
                + " keeps the newest "
                + rule.countNumber()
                + " of the "
                + selected
                + " "
                + rule.selectionLabel()
                + "; this one is number ",
            " by push time",
            limit);
      }
      String clock =
          switch (rule.countType()) {
            case SINCE_IMAGE_PULLED -> "last pulled";
            case SINCE_IMAGE_TRANSITIONED -> "archived";
            default -> "pushed";
          };
      return new Decision(
          rule,
          priority,
          action,
          who
              + " acts on "
              + rule.selectionLabel()
              + " "
              + clock
              + " more than "
              + rule.countNumber()
              + " days ago; this one was ",
          " days before " + at,
          limit);
    }

    ImageVerdict decide(Image image, int rank, Instant at) {
      return rule.countType() == CountType.IMAGE_COUNT_MORE_THAN
          ? byCount(image, rank)
          : byAge(image, at);
    }

    ImageVerdict byCount(Image image, int rank) {
      VerdictReason why = new VerdictReason(opening, "", rank, closing);
      return new ImageVerdict(
          image, rank <= rule.countNumber() ? Verdict.KEEP : action, priority, why);
    }

    ImageVerdict byAge(Image image, Instant at) {
      Instant since;
      String clock;
      switch (rule.countType()) {
        case SINCE_IMAGE_PULLED:
          // Never pulled: the push time stands in (see docs/ecr-lifecycle.md, point 5).
          since = image.lastPulledAt().orElse(image.pushedAt());
          clock = image.lastPulledAt().isPresent() ? "last pulled " : "never pulled; pushed ";
          break;
        case SINCE_IMAGE_TRANSITIONED:
          since = image.lastArchivedAt().orElse(null);
          clock = "archived ";
          break;
        default:
          since = image.pushedAt();
          clock = "pushed ";
      }
      if (since == null) {
        VerdictReason why =
            new VerdictReason(
                opening,
                "archived at a time describe-images does not give",
                VerdictReason.NONE,
                "");
        return new ImageVerdict(image, Verdict.KEEP, priority, why);
      }
      long days = (at.getEpochSecond() - since.getEpochSecond()) / 86_400;
      VerdictReason why = new VerdictReason(opening, clock, days, closing);
      return new ImageVerdict(image, since.isBefore(limit) ? action : Verdict.KEEP, priority, why);
    }
  }

  /**
   * An image index that stays keeps the images it references: ECR does not expire an image that a
   * multi-architecture index still points to. A protected child that is itself an index protects
   * its own children in turn.
   */
  private static void protectIndexChildren(Image[] sorted, ImageVerdict[] verdicts) {
    if (Arrays.stream(sorted).allMatch(i -> i.childDigests().isEmpty())) {
      return;
    }
    Map<String, Integer> byDigest = new HashMap<>();
    for (int i = 0; i < sorted.length; i++) {
      byDigest.putIfAbsent(sorted[i].digest(), i);
    }
    Deque<Integer> survivors = new ArrayDeque<>();
    for (int i = 0; i < sorted.length; i++) {
      if (!sorted[i].childDigests().isEmpty() && verdicts[i].verdict() != Verdict.EXPIRE) {
        survivors.add(i);
      }
    }
    while (!survivors.isEmpty()) {
      int index = survivors.poll();
      for (String child : sorted[index].childDigests()) {
        Integer c = byDigest.get(child);
        if (c == null || verdicts[c].verdict() == Verdict.KEEP) {
          continue;
        }
        ImageVerdict was = verdicts[c];
        verdicts[c] =
            new ImageVerdict(
                was.image(),
                Verdict.KEEP,
                OptionalInt.empty(),
                VerdictReason.of(
                    "referenced by image index "
                        + sorted[index].digest()
                        + ", which stays; rule "
                        + was.rule().orElseThrow()
                        + " would "
                        + (was.verdict() == Verdict.EXPIRE ? "expire" : "archive")
                        + " it"));
        if (!sorted[c].childDigests().isEmpty()) {
          survivors.add(c);
        }
      }
    }
  }
}
