package dev.berth.cli.deploy;

import dev.berth.aws.EcsCollector;
import dev.berth.aws.RolloutWatcher;
import dev.berth.cli.ExitCodes;
import dev.berth.deploy.RolloutOutcome;
import dev.berth.deploy.RolloutTarget;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;

/**
 * Watches a rollout to its end and returns the exit code. Ctrl-C ends the watch only: the
 * deployment goes on in ECS, and berth prints the command that watches it again.
 */
final class Watch {

  private Watch() {}

  static int follow(
      EcsCollector collector,
      String cluster,
      RolloutTarget target,
      Duration interval,
      boolean terminal,
      PrintWriter out,
      AwsCommandSupport support) {
    RolloutPrinter printer = new RolloutPrinter(out, terminal, Clock.systemUTC());
    Thread interrupted =
        new Thread(
            () -> {
              out.println();
              out.println(
                  "Interrupted: the deployment keeps running in ECS. Watch it again with:\n  berth"
                      + " status --cluster "
                      + cluster
                      + " --service "
                      + target.serviceName()
                      + " --wait");
              out.flush();
              support.saveSnapshot(collector);
            });
    Runtime.getRuntime().addShutdownHook(interrupted);
    try {
      RolloutOutcome outcome =
          new RolloutWatcher(
                  collector, Clock.systemUTC(), d -> Thread.sleep(d.toMillis()), interval)
              .watch(cluster, target, printer::event, printer::tick);
      int exitCode = printer.finish(outcome);
      printer.causes(outcome, cluster, target.serviceName());
      return exitCode;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return ExitCodes.AWS_FAILED;
    } finally {
      try {
        Runtime.getRuntime().removeShutdownHook(interrupted);
      } catch (IllegalStateException shuttingDown) {
        // The JVM is already exiting (Ctrl-C): the hook prints the way back.
      }
    }
  }
}
