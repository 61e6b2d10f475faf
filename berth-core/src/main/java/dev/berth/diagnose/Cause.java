package dev.berth.diagnose;

import java.util.List;

/**
 * One known reason why an ECS task, service or deployment fails: a stable ID, a title, what
 * evidence proves it, the steps that fix it, and the AWS documentation page that states it.
 */
public record Cause(
    String id, String title, String evidenceNeeded, List<String> fix, String source) {

  public Cause {
    fix = List.copyOf(fix);
  }

  /** The cause's documentation page, relative to the repository root. */
  public String documentation() {
    return "docs/causes/" + id + ".md";
  }
}
