package dev.berth.ecr;

import java.util.Arrays;
import java.util.List;

/**
 * A {@code tagPatternList} entry: the whole tag must match, and {@code *} stands for any run of
 * characters (none included). No other character is special: {@code .}, {@code ^} and {@code [}
 * match themselves.
 *
 * @see <a
 *     href="https://docs.aws.amazon.com/AmazonECR/latest/userguide/lifecycle_policy_parameters.html">Lifecycle
 *     policy properties</a>
 */
public final class TagPattern {

  private final String text;
  private final List<String> pieces;

  private TagPattern(String text) {
    this.text = text;
    this.pieces = Arrays.asList(text.split("\\*", -1));
  }

  public static TagPattern of(String text) {
    return new TagPattern(text);
  }

  public String text() {
    return text;
  }

  /** The number of {@code *} wildcards, which ECR limits per pattern. */
  public int wildcards() {
    return pieces.size() - 1;
  }

  public boolean matches(String tag) {
    if (pieces.size() == 1) {
      return tag.equals(text);
    }
    String first = pieces.get(0);
    String last = pieces.get(pieces.size() - 1);
    if (tag.length() < first.length() + last.length()
        || !tag.startsWith(first)
        || !tag.endsWith(last)) {
      return false;
    }
    // Greedy left-to-right: each middle piece at its earliest place is never worse than later.
    int from = first.length();
    int end = tag.length() - last.length();
    for (int i = 1; i < pieces.size() - 1; i++) {
      String piece = pieces.get(i);
      int at = tag.indexOf(piece, from);
      if (at < 0 || at + piece.length() > end) {
        return false;
      }
      from = at + piece.length();
    }
    return true;
  }

  @Override
  public String toString() {
    return text;
  }
}
