package dev.berth.check;

import dev.berth.model.Workload;

/**
 * One check with a stable ID, a title, a usual severity and a documentation page ({@code
 * docs/rules/ID.md}) that cites the AWS documentation stating the fact it checks.
 */
public interface Rule {

  /** The stable ID: ECS… task definitions, SVC… services, ELB…, ECR…, IAM…, ASG…. */
  String id();

  /** One line saying what the rule checks. */
  String title();

  /** The severity of its findings, unless a finding says otherwise. */
  Severity severity();

  /** The AWS documentation page that states the fact this rule checks. */
  String source();

  /** Reports every violation in the workload. Pure: reads nothing but its argument. */
  void check(Workload workload, Findings findings);

  /** The rule's documentation page, relative to the repository root. */
  default String documentation() {
    return "docs/rules/" + id() + ".md";
  }
}
