package dev.berth.check.rules;

import dev.berth.check.Docs;
import dev.berth.check.Findings;
import dev.berth.check.Severity;
import dev.berth.check.TaskDefinitionRule;
import dev.berth.model.TaskDefinition;

/**
 * ECS002: Fargate accepts only the awsvpc network mode; on EC2 bridge still works but awsvpc is the
 * mode AWS recommends.
 */
public final class FargateNetworkModeRule extends TaskDefinitionRule {

  private static final java.util.Set<String> MODES =
      java.util.Set.of("awsvpc", "bridge", "host", "none");

  public FargateNetworkModeRule() {
    super("ECS002", Severity.ERROR, "Fargate requires networkMode awsvpc", Docs.NETWORKING);
  }

  @Override
  protected void check(TaskDefinition td, Findings findings) {
    // A networkMode that is not a string is ECS019's to report; nothing here can judge it.
    if (td.isUnknown("networkMode") || (!td.networkModeDefaulted() && td.networkMode().isEmpty())) {
      return;
    }
    // A mode ECS does not know at all (a wrong case, a typo) is ECS020's to name.
    if (td.networkMode().map(m -> !MODES.contains(m.text())).orElse(false)) {
      return;
    }
    String mode = td.effectiveNetworkMode();
    if (td.requiresFargate()) {
      if (td.networkModeDefaulted()) {
        findings.report(
            td.node(),
            "Fargate requires networkMode awsvpc, and this task definition sets none (the"
                + " default is bridge)",
            "add \"networkMode\": \"awsvpc\"");
      } else if (!mode.equals("awsvpc")) {
        findings.report(
            td.networkMode().orElseThrow(),
            "Fargate requires networkMode awsvpc, not " + mode,
            "use \"networkMode\": \"awsvpc\"");
      }
      return;
    }
    if (td.requiresCompatibility("MANAGED_INSTANCES")) {
      if (td.networkModeDefaulted() || mode.equals("bridge")) {
        findings.report(
            td.networkMode().<dev.berth.source.Node>map(n -> n).orElse(td.node()),
            "ECS Managed Instances need a network mode set in the task definition, and take"
                + " awsvpc, host or none"
                + (td.networkModeDefaulted() ? "; this one sets none" : ", not bridge"),
            "add \"networkMode\": \"awsvpc\"");
      }
      return;
    }
    // bridge is the recommendation to revisit only on EC2 capacity; ECS Anywhere (EXTERNAL) runs
    // bridge as its usual mode.
    boolean ec2Only =
        !td.requiresCompatibility("EXTERNAL") && !td.requiresCompatibility("MANAGED_INSTANCES");
    if (ec2Only && mode.equals("bridge") && !td.isWindows()) {
      findings.report(
          Severity.NOTE,
          td.networkMode().<dev.berth.source.Node>map(n -> n).orElse(td.node()),
          (td.networkModeDefaulted()
                  ? "no networkMode is set, so EC2 uses bridge, which puts"
                  : "networkMode bridge puts")
              + " every task behind the instance's network interface and security groups; AWS"
              + " recommends awsvpc, which gives each task its own interface and security groups",
          "consider \"networkMode\": \"awsvpc\"");
    }
  }
}
