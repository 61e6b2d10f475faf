package dev.berth.source;

import java.util.Set;

/**
 * CloudFormation's YAML short-form intrinsic function tags and their long JSON names.
 *
 * @see <a
 *     href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/intrinsic-function-reference.html">Intrinsic
 *     function reference</a>
 */
public final class CloudFormationTags {

  private static final Set<String> FUNCTIONS =
      Set.of(
          "Base64",
          "Cidr",
          "FindInMap",
          "GetAtt",
          "GetAZs",
          "ImportValue",
          "Join",
          "Select",
          "Split",
          "Sub",
          "Transform",
          "And",
          "Equals",
          "If",
          "Not",
          "Or",
          "Condition",
          "Length",
          "ToJsonString");

  private CloudFormationTags() {}

  /**
   * The long form of a short-form tag ({@code !Ref} gives {@code Ref}, {@code !Sub} gives {@code
   * Fn::Sub}); null for no tag or a tag that is not a CloudFormation function.
   */
  public static String longForm(String tag) {
    if (tag == null) {
      return null;
    }
    String name = tag.startsWith("!") ? tag.substring(1) : tag;
    if (name.equals("Ref")) {
      return "Ref";
    }
    if (name.equals("Condition")) {
      return "Condition";
    }
    return FUNCTIONS.contains(name) ? "Fn::" + name : null;
  }

  /** True when {@code node} is an intrinsic function call, whose value is known only at deploy. */
  public static boolean isIntrinsic(Node node) {
    if (!(node instanceof ObjectNode object) || object.members().size() != 1) {
      return false;
    }
    String key = object.members().keySet().iterator().next();
    return key.equals("Ref") || key.startsWith("Fn::");
  }
}
