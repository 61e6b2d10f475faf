package dev.berth.diagnose;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A recognisable piece of an AWS error or event message, and the causes it points to. */
interface Signature {

  /** The clues this signature finds in {@code text}; empty when it does not match. */
  List<Clue> find(String text);

  /**
   * This signature, except when {@code contradiction} is in the text too: a clue that the message
   * itself disproves ("retried without an answer" next to an AccessDenied answer) is no clue.
   */
  default Signature unless(String contradiction) {
    Pattern pattern = Pattern.compile(contradiction, Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    return text -> pattern.matcher(text).find() ? List.of() : find(text);
  }

  /** A pattern whose match points to one cause with a weight; {@code meaning} says why. */
  static Signature of(Cause cause, int weight, String regex, String meaning) {
    Pattern pattern = Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    return text -> {
      Matcher matcher = pattern.matcher(text);
      if (!matcher.find()) {
        return List.of();
      }
      return List.of(new Clue(cause, weight, Messages.quote(matcher.group()) + ": " + meaning));
    };
  }
}
