package dev.berth.check;

import dev.berth.check.rules.AwslogsOptions;
import java.util.List;

/** Every rule berth has, in ID order. */
public final class RuleRegistry {

  private static final List<Rule> ALL = List.of(new AwslogsOptions());

  private RuleRegistry() {}

  public static List<Rule> all() {
    return ALL;
  }
}
