package dev.berth.check.rules;

import dev.berth.check.Findings;
import dev.berth.check.LifecyclePolicyRule;
import dev.berth.check.Severity;
import dev.berth.ecr.CountType;
import dev.berth.ecr.LifecyclePolicy;
import dev.berth.ecr.PolicyRuleNode;
import dev.berth.ecr.TagStatus;
import dev.berth.source.Placeholders;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * ECR011: a rule's description disagrees with the rule: it names numbers, none of which is the
 * countNumber ("keep the last 10 images" over {@code countNumber: 5}); it speaks of days over an
 * image count; or it speaks of images in general while the rule selects only untagged or only some
 * tagged images. The text or the rule is out of date, and the next reader trusts the text.
 */
public final class LifecycleDescriptionNumbers implements LifecyclePolicyRule {

  /** A number on its own, not one that names the rule ("Rule 2", "priority 3"). */
  private static final Pattern NUMBER =
      Pattern.compile("(?<!(?i:rule|priority|#)\\s?)(?<![\\w.-])(\\d+)(?![\\w.])");

  /** The unit written right after a number: "2 weeks", "30 days". */
  private static final Pattern UNIT =
      Pattern.compile("\\s*(days?|weeks?|months?|years?)\\b", Pattern.CASE_INSENSITIVE);

  private static final Pattern IMAGES = Pattern.compile("\\bimages?\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern DAYS =
      Pattern.compile("\\b(?:days?|weeks?|months?|years?)\\b", Pattern.CASE_INSENSITIVE);

  @Override
  public String id() {
    return "ECR011";
  }

  @Override
  public String title() {
    return "A rule's description agrees with the rule";
  }

  @Override
  public Severity severity() {
    return Severity.NOTE;
  }

  @Override
  public String source() {
    return RuleSources.PARAMETERS;
  }

  @Override
  public void check(LifecyclePolicy policy, Findings findings) {
    for (PolicyRuleNode rule : policy.ruleNodes()) {
      Optional<String> description = rule.description();
      Optional<Long> count = rule.countNumber();
      Optional<CountType> type = rule.countType();
      if (description.isEmpty() || count.isEmpty() || type.isEmpty()) {
        continue;
      }
      List<String> said = new ArrayList<>();
      boolean agrees = false;
      // The rule's own priority, written once, names the rule rather than a count.
      boolean priorityNamed = false;
      Matcher m = NUMBER.matcher(description.get());
      while (m.find()) {
        long number = Long.parseLong(m.group(1));
        Matcher unit = UNIT.matcher(description.get()).region(m.end(), description.get().length());
        String word = unit.lookingAt() ? unit.group(1) : "";
        if (!word.isEmpty() && !type.get().isAge()) {
          // A time over an image count: the check below says so.
          continue;
        }
        if (word.isEmpty()
            && !priorityNamed
            && rule.priority().filter(p -> p == number).isPresent()) {
          priorityNamed = true;
          continue;
        }
        said.add(word.isEmpty() ? String.valueOf(number) : number + " " + word);
        agrees |= inDays(number, word).contains(count.get());
      }
      if (!said.isEmpty() && !agrees) {
        findings.report(
            rule.node().get("description").orElseThrow(),
            rule.label()
                + "'s description says "
                + String.join(", ", said)
                + " but its countNumber is "
                + count.get()
                + (type.get().isAge() ? " days" : ""),
            "make the description and countNumber agree");
      } else if (type.get() == CountType.IMAGE_COUNT_MORE_THAN
          && DAYS.matcher(description.get()).find()) {
        findings.report(
            rule.node().get("description").orElseThrow(),
            rule.label()
                + "'s description speaks of time, but imageCountMoreThan keeps the newest "
                + count.get()
                + " images whatever their age",
            "use countType sinceImagePushed with countUnit days, or reword the description");
      } else {
        scope(rule, description.get(), findings);
      }
    }
  }

  /**
   * The countNumbers a number in an age rule's description can stand for: itself, or in days: "2
   * weeks" is 14, "1 month" 28 to 31, "1 year" 365 or 366.
   */
  private static List<Long> inDays(long number, String unit) {
    String word = unit.toLowerCase(Locale.ROOT);
    if (word.isEmpty() || word.startsWith("day")) {
      return List.of(number);
    }
    if (word.startsWith("week")) {
      return List.of(number * 7);
    }
    if (word.startsWith("month")) {
      return java.util.stream.LongStream.rangeClosed(number * 28, number * 31).boxed().toList();
    }
    return List.of(number * 365, number * 366);
  }

  /** A description that says "images" for a rule that selects only some of them. */
  private static void scope(PolicyRuleNode rule, String description, Findings findings) {
    Optional<TagStatus> status = rule.tagStatus();
    String lower = description.toLowerCase(Locale.ROOT);
    if (status.isEmpty() || status.get() == TagStatus.ANY || !IMAGES.matcher(lower).find()) {
      return;
    }
    if (Stream.of("tagPrefixList", "tagPatternList")
        .flatMap(key -> rule.strings(key).stream())
        .anyMatch(Placeholders::contains)) {
      return;
    }
    List<String> words = new ArrayList<>();
    words.add(status.get().wire());
    for (String key : new String[] {"tagPrefixList", "tagPatternList"}) {
      // Each literal piece of a pattern counts: "sha-*1" is spoken of as "sha", and a pattern
      // written as a regular expression, "(prod|staging)-*", as "prod" and "staging".
      rule.strings(key).stream()
          .flatMap(t -> Stream.of(t.split("[^A-Za-z0-9_.-]+")))
          .map(t -> t.replaceAll("^[-_.]+|[-_.]+$", "").toLowerCase(Locale.ROOT))
          .filter(t -> t.length() >= 2 && !words.contains(t))
          .forEach(words::add);
    }
    if (words.stream().anyMatch(lower::contains)) {
      return;
    }
    String selected =
        status.get() == TagStatus.UNTAGGED ? "only untagged images" : "only tagged images";
    List<String> tags = words.subList(1, words.size());
    findings.report(
        rule.node().get("description").orElseThrow(),
        rule.label()
            + "'s description speaks of images in general, but the rule selects "
            + selected
            + (tags.isEmpty() ? "" : " matching " + String.join(", ", tags)),
        "say which images in the description, so nobody relies on it for the others");
  }
}
