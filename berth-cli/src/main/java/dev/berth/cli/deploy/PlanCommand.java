package dev.berth.cli.deploy;

import dev.berth.cli.ExitCodes;
import dev.berth.cli.Terminal;
import dev.berth.cli.UserFacingException;
import dev.berth.deploy.Plan;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code berth plan}: what a deployment of these files would change, without changing it. */
@Command(
    name = "plan",
    mixinStandardHelpOptions = true,
    description = {
      "Shows what `berth deploy` would change: runs berth's checks on the task definition,"
          + " reads the live service, and prints the task definition diff (container by"
          + " container; secrets by reference only, secret-looking values redacted), the"
          + " service attribute diff, and each step, flagged safe or DESTRUCTIVE.",
      "Nothing is changed in AWS."
    },
    footerHeading = "%nExample:%n",
    footer =
        "  berth plan --cluster prod --task-definition ecs/task-definition.json \\%n        --service-definition ecs/service.json",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:plan printed",
      "1:the task definition has errors (see berth check)",
      "2:bad usage or unreadable input",
      "3:AWS refused a request"
    })
public final class PlanCommand implements Callable<Integer> {

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Mixin AwsCommandSupport support;

  @Option(
      names = "--cluster",
      paramLabel = "CLUSTER",
      description = "ECS cluster (required unless --snapshot is given).")
  String cluster;

  @Option(
      names = "--snapshot",
      paramLabel = "DIR",
      description =
          "Plan against a snapshot saved with --save-snapshot instead of the live service;"
              + " no AWS call is made.")
  Path snapshot;

  @Mixin DeploymentFileOptions fileOptions;

  @Option(
      names = "--force-new-deployment",
      description = "Plan to replace every task even if nothing changed (destructive).")
  boolean forceNewDeployment;

  @Option(names = "--no-color", description = "No colour, even on a terminal.")
  boolean noColour;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    boolean colour = Terminal.colourWanted(noColour);
    DeployFiles files = fileOptions.read(out, colour);
    if (snapshot != null) {
      Plan plan = Planning.plan(SnapshotDirectory.read(snapshot), files, forceNewDeployment);
      new PlanPrinter(out, colour)
          .print(plan, cluster == null ? "(snapshot " + snapshot + ")" : cluster);
      return ExitCodes.OK;
    }
    if (cluster == null) {
      throw new UserFacingException(
          "--cluster is required (or --snapshot DIR to plan offline)", ExitCodes.USAGE);
    }
    return support.run(
        spec.commandLine().getErr(),
        (clients, collector) -> {
          Plan plan = Planning.plan(collector, cluster, files, forceNewDeployment, false);
          new PlanPrinter(out, colour).print(plan, cluster);
          return ExitCodes.OK;
        });
  }
}
