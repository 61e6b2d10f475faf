package dev.berth.cli.deploy;

import dev.berth.aws.Deployer;
import dev.berth.aws.StartedDeployment;
import dev.berth.cli.ExitCodes;
import dev.berth.cli.Terminal;
import dev.berth.deploy.Plan;
import dev.berth.deploy.PlanStep;
import dev.berth.deploy.Planner;
import dev.berth.deploy.RolloutTarget;
import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code berth deploy}: plan, confirm what is destructive, register, create or update the service,
 * then watch the rollout to its end. A rollback by the circuit breaker is a failure, exit 3.
 */
@Command(
    name = "deploy",
    mixinStandardHelpOptions = true,
    description = {
      "Deploys a task definition and a service: checks the task definition, plans (as `berth"
          + " plan` prints it), registers a new revision only when it differs from the newest"
          + " one, creates or updates the service, and watches the rollout until it completes,"
          + " fails, is rolled back by the deployment circuit breaker, or times out.",
      "Destructive steps (force-new-deployment, load balancer or network changes, deregistering"
          + " a revision) are asked for on a terminal and need --yes without one.",
      "Ctrl-C stops watching; the deployment goes on in ECS."
    },
    footerHeading = "%nExample:%n",
    footer =
        "  berth deploy --cluster prod --task-definition ecs/task-definition.json \\%n        --service-definition ecs/service.json",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:deployment completed (or nothing to do, --dry-run, --no-wait)",
      "1:the task definition has errors (see berth check)",
      "2:bad usage, unreadable input, or destructive steps not confirmed",
      "3:AWS refused a request, or the deployment failed, was rolled back or timed out"
    })
public final class DeployCommand implements Callable<Integer> {

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Mixin AwsCommandSupport support;

  @Option(
      names = "--cluster",
      required = true,
      paramLabel = "CLUSTER",
      description = "ECS cluster.")
  String cluster;

  @Mixin DeploymentFileOptions fileOptions;

  @Option(names = "--no-wait", description = "Start the deployment and return without watching.")
  boolean noWait;

  @Mixin WatchOptions watch;

  @Option(names = "--yes", description = "Carry out destructive steps without asking.")
  boolean yes;

  @Option(names = "--dry-run", description = "Print the plan and stop; change nothing.")
  boolean dryRun;

  @Option(
      names = "--force-new-deployment",
      description = "Replace every task even if nothing changed (destructive).")
  boolean forceNewDeployment;

  @Option(
      names = "--deregister-previous",
      description =
          "After a completed deployment, deregister the revision the service ran before"
              + " (destructive: it can no longer be rolled back to).")
  boolean deregisterPrevious;

  @Option(names = "--no-color", description = "No colour, even on a terminal.")
  boolean noColour;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    boolean colour = Terminal.colourWanted(noColour);
    DeployFiles files = fileOptions.read(out, colour);
    return support.run(
        spec.commandLine().getErr(),
        (clients, collector) -> {
          Plan plan =
              Planning.plan(collector, cluster, files, forceNewDeployment, deregisterPrevious);
          new PlanPrinter(out, colour).print(plan, cluster);
          if (dryRun) {
            out.println("Dry run: nothing was changed.");
            return ExitCodes.OK;
          }
          if (plan.isEmpty()) {
            return ExitCodes.OK;
          }
          Confirmation.require(plan, yes, out);

          // From here on AWS is changed: register, then create or update the service.
          Deployer deployer = new Deployer(clients.ecs());
          StartedDeployment started =
              deployer.apply(plan, cluster, files.taskDefinition(), files.service()).orElseThrow();
          out.println();
          out.println(
              (plan.reusedTaskDefinition().isPresent() ? "Using " : "Registered ")
                  + Planner.revisionName(started.taskDefinitionArn())
                  + "; "
                  + (plan.has(PlanStep.Kind.CREATE_SERVICE) ? "created" : "updated")
                  + " service "
                  + plan.serviceName()
                  + started.deploymentId().map(id -> " (deployment " + id + ")").orElse(""));
          if (noWait) {
            out.println(
                "Not waiting. Follow the rollout with: berth status --cluster "
                    + cluster
                    + " --service "
                    + plan.serviceName()
                    + " --wait");
            return ExitCodes.OK;
          }
          int exit =
              Watch.follow(
                  collector,
                  cluster,
                  new RolloutTarget(
                      plan.serviceName(),
                      started.taskDefinitionArn(),
                      started.deploymentId(),
                      started.startedAt(),
                      watch.timeout),
                  watch.pollInterval,
                  Terminal.isInteractive(),
                  out,
                  support);
          if (exit != ExitCodes.OK) {
            support.addDiagnosisFiles(
                clients, collector, cluster, plan.serviceName(), spec.commandLine().getErr());
          }
          Optional<String> previous = plan.previousTaskDefinition();
          if (exit == ExitCodes.OK
              && plan.has(PlanStep.Kind.DEREGISTER_REVISION)
              && previous.isPresent()) {
            deployer.deregister(previous.get());
            out.println("Deregistered " + Planner.revisionName(previous.get()) + ".");
          }
          return exit;
        });
  }
}
