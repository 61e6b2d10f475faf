package dev.berth.cli.deploy;

import dev.berth.aws.AwsClients;
import dev.berth.aws.AwsConfigurationException;
import dev.berth.aws.AwsRefusal;
import dev.berth.aws.DefinitionShapeException;
import dev.berth.aws.EcsCollector;
import dev.berth.aws.PlanRefusedException;
import dev.berth.aws.ServiceSnapshotCollector;
import dev.berth.aws.Snapshot;
import dev.berth.cli.ExitCodes;
import dev.berth.cli.UserFacingException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * What every live command shares: the AWS connection options, {@code --save-snapshot}, and the
 * translation of AWS failures into one line with the fix and exit code 3.
 */
public final class AwsCommandSupport {

  @Mixin AwsOptions aws;

  @Option(
      names = "--save-snapshot",
      paramLabel = "DIR",
      description =
          "Save every AWS response read, one file per call as the AWS CLI prints it"
              + " (describe-services.json, ...), for a bug report or an offline diagnosis.")
  Path saveSnapshot;

  /** Body of a live command, given the AWS clients and a collector recording a snapshot. */
  @FunctionalInterface
  public interface Body {
    int run(AwsClients clients, EcsCollector collector) throws Exception;
  }

  /** Runs {@code body} with connected clients; AWS refusals become one line and exit code 3. */
  public int run(PrintWriter err, Body body) throws Exception {
    EcsCollector collector = null;
    try (AwsClients clients = AwsClients.connect(aws.settings(err))) {
      collector = new EcsCollector(clients.ecs(), new Snapshot());
      return body.run(clients, collector);
    } catch (AwsRefusal refusal) {
      throw new UserFacingException(refusal.getMessage(), ExitCodes.AWS_FAILED, refusal);
    } catch (AwsConfigurationException | PlanRefusedException e) {
      throw new UserFacingException(e.getMessage(), ExitCodes.USAGE, e);
    } catch (DefinitionShapeException e) {
      throw new UserFacingException(e.getMessage(), ExitCodes.USAGE, e);
    } finally {
      if (collector != null) {
        saveSnapshot(collector);
      }
    }
  }

  /**
   * With --save-snapshot, adds everything diagnosis reads about the service to the snapshot, so the
   * directory is a whole bug report. Calls AWS refuses are named on {@code err} and skipped.
   */
  void addDiagnosisFiles(
      AwsClients clients, EcsCollector collector, String cluster, String service, PrintWriter err) {
    if (saveSnapshot == null) {
      return;
    }
    ServiceSnapshotCollector everything =
        new ServiceSnapshotCollector(clients, collector.snapshot());
    everything.collect(cluster, service);
    everything.skipped().forEach(note -> err.println("berth: not saved in the snapshot: " + note));
  }

  /**
   * Writes the snapshot when --save-snapshot was given; a failure to write is reported, not fatal.
   */
  void saveSnapshot(EcsCollector collector) {
    if (saveSnapshot == null) {
      return;
    }
    try {
      collector.snapshot().save(saveSnapshot);
    } catch (IOException e) {
      System.err.println(
          "berth: could not save the snapshot in " + saveSnapshot + ": " + e.getMessage());
    }
  }
}
