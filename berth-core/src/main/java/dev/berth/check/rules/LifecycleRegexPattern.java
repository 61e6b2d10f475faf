package dev.berth.check.rules;

import dev.berth.check.Findings;
import dev.berth.check.LifecyclePolicyRule;
import dev.berth.check.Severity;
import dev.berth.ecr.LifecyclePolicy;
import dev.berth.ecr.PolicyRuleNode;
import dev.berth.source.ArrayNode;
import dev.berth.source.ScalarNode;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * ECR008: a tag pattern or prefix written as a regular expression ({@code .*}, {@code ^}, {@code
 * [0-9]}, {@code \d}, {@code +}). ECR knows only the {@code *} wildcard; every other character is
 * matched as itself, and the characters {@code ^$[]()+?\|{}} cannot occur in an image tag at all.
 */
public final class LifecycleRegexPattern implements LifecyclePolicyRule {

  /** Characters a tag can never contain: tags are letters, digits, _ . and -. */
  private static final Pattern NOT_IN_TAGS = Pattern.compile("[\\^$\\[\\]()+?\\\\|{}]");

  /**
   * A {@code .*} that does not follow a digit or a {@code *}: {@code prod-.*} and {@code .*-rc}
   * read as regular expressions, while {@code v1.*} and {@code v*.*} are wildcard patterns over
   * dotted version tags, which select what they say.
   */
  /** The first group of alternatives, {@code (prod|staging)}, in a pattern. */
  private static final Pattern ALTERNATION = Pattern.compile("\\(([^()]*\\|[^()]*)\\)");

  private static final Pattern REGEX_DOT_STAR = Pattern.compile("(?<![0-9*])\\.\\*");

  @Override
  public String id() {
    return "ECR008";
  }

  @Override
  public String title() {
    return "Tag patterns are wildcards, not regular expressions";
  }

  @Override
  public Severity severity() {
    return Severity.WARNING;
  }

  @Override
  public String source() {
    return RuleSources.PARAMETERS;
  }

  @Override
  public void check(LifecyclePolicy policy, Findings findings) {
    for (PolicyRuleNode rule : policy.ruleNodes()) {
      for (String key : new String[] {"tagPatternList", "tagPrefixList"}) {
        rule.list(key).stream()
            .flatMap(ArrayNode::strings)
            .filter(entry -> !entry.hasPlaceholder() && looksLikeRegex(entry.text()))
            .forEach(entry -> report(rule, key, entry, findings));
      }
    }
  }

  static boolean looksLikeRegex(String text) {
    return REGEX_DOT_STAR.matcher(text).find()
        || text.contains(".+")
        || NOT_IN_TAGS.matcher(text).find();
  }

  private static void report(PolicyRuleNode rule, String key, ScalarNode entry, Findings findings) {
    String text = entry.text();
    String matches =
        NOT_IN_TAGS.matcher(text).find()
            ? "ECR matches it character for character, and a tag cannot contain "
                + firstImpossible(text)
                + ", so it selects no image"
            : "ECR reads \".\" as a literal dot, so it selects only tags with a dot there";
    findings.report(
        entry,
        rule.label()
            + "'s "
            + key
            + " entry \""
            + text
            + "\" looks like a regular expression; "
            + matches,
        fix(text));
  }

  /**
   * The wildcard patterns to write instead. An alternation, {@code (prod|staging)-*}, becomes one
   * pattern per alternative: a single glob for it ({@code *-*}) would select far more, and several
   * entries in one list must all match, so each alternative needs a rule of its own.
   */
  private static String fix(String text) {
    java.util.regex.Matcher group = ALTERNATION.matcher(text);
    if (!group.find()) {
      return "write the wildcard pattern \"" + glob(text) + "\" in tagPatternList";
    }
    List<String> patterns =
        Stream.of(group.group(1).split("\\|", -1))
            .map(
                alternative ->
                    glob(
                        text.substring(0, group.start())
                            + alternative
                            + text.substring(group.end())))
            .distinct()
            .map(glob -> "\"" + glob + "\"")
            .toList();
    return "write one rule per alternative, with tagPatternList "
        + String.join(", ", patterns.stream().map(p -> "[" + p + "]").toList());
  }

  private static String firstImpossible(String text) {
    java.util.regex.Matcher m = NOT_IN_TAGS.matcher(text);
    return m.find() ? "\"" + m.group() + "\"" : "it";
  }

  /** A wildcard pattern that selects what the regular expression probably meant. */
  static String glob(String regex) {
    String quantifier = "(?:[*+?]|\\{[0-9,]*})?";
    String glob =
        regex
            .replaceAll("^\\^", "")
            .replaceAll("\\$$", "")
            .replaceAll("\\\\\\.", "\u0000")
            .replaceAll("\\.[*+?]", "*")
            .replaceAll("(?:\\[[^\\]]*\\]|\\\\[dwDWsS]|\\([^)]*\\))" + quantifier, "*")
            .replace("\\", "")
            .replace('\u0000', '.')
            .replaceAll("\\*+", "*");
    return glob.isEmpty() ? "*" : glob;
  }
}
