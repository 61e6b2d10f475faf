package dev.berth.check;

import dev.berth.model.Workload;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Runs rules over a workload and returns their findings in file order. */
public final class Checker {

  private static final Comparator<Finding> FILE_ORDER =
      Comparator.comparing((Finding f) -> f.location().file())
          .thenComparingInt(f -> f.location().line())
          .thenComparingInt(f -> f.location().column())
          .thenComparing(Finding::ruleId);

  private final List<Rule> rules;

  public Checker(List<Rule> rules) {
    this.rules = List.copyOf(rules);
  }

  /** A checker with every rule berth has. */
  public static Checker withAllRules() {
    return new Checker(RuleRegistry.all());
  }

  /** Every rule's findings, in file order. Rules are independent, so they run in parallel. */
  public List<Finding> check(Workload workload) {
    List<Finding> sorted =
        new ArrayList<>(
            rules.parallelStream()
                .flatMap(
                    rule -> {
                      Findings findings = new Findings(rule);
                      rule.check(workload, findings);
                      return findings.all().stream();
                    })
                .toList());
    sorted.sort(FILE_ORDER);
    return sorted;
  }
}
