package dev.berth.report;

import dev.berth.check.Finding;
import dev.berth.check.Severity;
import dev.berth.source.InputError;
import java.util.List;

/** The result of a check: the findings, and the inputs that could not be read. */
public record Report(List<Finding> findings, List<InputError> errors) {

  public Report {
    findings = List.copyOf(findings);
    errors = List.copyOf(errors);
  }

  public long count(Severity severity) {
    return findings.stream().filter(f -> f.severity() == severity).count();
  }

  /** True when a finding is at or above {@code threshold}. */
  public boolean hasFindingsAtLeast(Severity threshold) {
    return findings.stream().anyMatch(f -> f.severity().atLeast(threshold));
  }
}
