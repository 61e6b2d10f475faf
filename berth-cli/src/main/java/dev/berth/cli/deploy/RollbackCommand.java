package dev.berth.cli.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.berth.aws.Deployer;
import dev.berth.aws.EcsCollector;
import dev.berth.aws.StartedDeployment;
import dev.berth.cli.ExitCodes;
import dev.berth.cli.Terminal;
import dev.berth.cli.UserFacingException;
import dev.berth.deploy.Planner;
import dev.berth.deploy.RolloutTarget;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code berth rollback}: back to the previous task definition revision, watched like a deploy. */
@Command(
    name = "rollback",
    mixinStandardHelpOptions = true,
    description = {
      "Points the service back at the previous ACTIVE revision of its task definition family"
          + " (or the one named by --to) and watches the rollout as `berth deploy` does.",
      "Only the task definition changes; the service's other attributes stay as they are."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:rollback completed (or --dry-run, --no-wait)",
      "2:bad usage, or no earlier revision to go back to",
      "3:AWS refused a request, or the rollback deployment failed or timed out"
    })
public final class RollbackCommand implements Callable<Integer> {

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Mixin AwsCommandSupport support;

  @Option(
      names = "--cluster",
      required = true,
      paramLabel = "CLUSTER",
      description = "ECS cluster.")
  String cluster;

  @Option(names = "--service", required = true, paramLabel = "SERVICE", description = "Service.")
  String service;

  @Option(
      names = "--to",
      paramLabel = "REVISION",
      description = "The revision to go back to (family:N or its ARN); default: the previous one.")
  String to;

  @Option(names = "--no-wait", description = "Start the rollback and return without watching.")
  boolean noWait;

  @Option(
      names = "--dry-run",
      description = "Say which revision it would go back to; change nothing.")
  boolean dryRun;

  @Mixin WatchOptions watch;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    return support.run(
        spec.commandLine().getErr(),
        (clients, collector) -> {
          JsonNode live =
              collector
                  .liveService(cluster, service)
                  .orElseThrow(
                      () ->
                          new UserFacingException(
                              "service " + service + " not found in cluster " + cluster,
                              ExitCodes.AWS_FAILED));
          String current = live.path("taskDefinition").asText();
          String target = to != null ? resolve(collector, to) : previous(collector, current);
          out.println(
              "Rolling back service "
                  + service
                  + " from "
                  + Planner.revisionName(current)
                  + " to "
                  + Planner.revisionName(target));
          if (dryRun) {
            out.println("Dry run: nothing was changed.");
            return ExitCodes.OK;
          }
          StartedDeployment started =
              new Deployer(clients.ecs())
                  .update(cluster, service, JsonNodeFactory.instance.objectNode(), target, false);
          if (noWait) {
            out.println(
                "Not waiting. Follow it with: berth status --cluster "
                    + cluster
                    + " --service "
                    + service
                    + " --wait");
            return ExitCodes.OK;
          }
          int exit =
              Watch.follow(
                  collector,
                  cluster,
                  new RolloutTarget(
                      service, target, started.deploymentId(), started.startedAt(), watch.timeout),
                  watch.pollInterval,
                  Terminal.isInteractive(),
                  out,
                  support);
          if (exit != ExitCodes.OK) {
            support.addDiagnosisFiles(
                clients, collector, cluster, service, spec.commandLine().getErr());
          }
          return exit;
        });
  }

  private static String resolve(EcsCollector collector, String revision) {
    return collector
        .describeTaskDefinition(revision)
        .path("taskDefinition")
        .path("taskDefinitionArn")
        .asText();
  }

  /** The newest ACTIVE revision of the same family older than the one running. */
  private static String previous(EcsCollector collector, String current) {
    String name = Planner.revisionName(current);
    int colon = name.lastIndexOf(':');
    String family = name.substring(0, colon);
    int running = Integer.parseInt(name.substring(colon + 1));
    List<String> revisions = collector.activeRevisions(family);
    for (String arn : revisions) {
      String revisionName = Planner.revisionName(arn);
      if (revisionName.startsWith(family + ":")
          && Integer.parseInt(revisionName.substring(family.length() + 1)) < running) {
        return arn;
      }
    }
    throw new UserFacingException(
        "no ACTIVE revision of "
            + family
            + " older than "
            + name
            + " to go back to; name one with --to",
        ExitCodes.USAGE);
  }
}
