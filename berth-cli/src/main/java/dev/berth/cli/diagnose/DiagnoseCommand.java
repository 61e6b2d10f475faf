package dev.berth.cli.diagnose;

import dev.berth.aws.ServiceSnapshotCollector;
import dev.berth.cli.ExitCodes;
import dev.berth.cli.UserFacingException;
import dev.berth.cli.deploy.AwsCommandSupport;
import dev.berth.diagnose.CauseRenderer;
import dev.berth.diagnose.DiagnoseReport;
import dev.berth.diagnose.Snapshot;
import dev.berth.diagnose.SnapshotDiagnoser;
import dev.berth.source.InputError;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code berth diagnose}: says why a service or its tasks failed, from a saved snapshot or from AWS
 * now (the same files, collected live).
 */
@Command(
    name = "diagnose",
    mixinStandardHelpOptions = true,
    description = {
      "Diagnoses an ECS service, live (--cluster C --service S) or from a snapshot directory of"
          + " AWS CLI JSON outputs (--snapshot DIR: describe-services.json, describe-tasks.json,"
          + " ...; see docs/snapshots.md).",
      "Prints the service's state, its recent history and the causes the snapshot proves, each"
          + " with the evidence quoted from it."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:diagnosed (causes found or not)",
      "2:bad usage, or a snapshot file could not be read (the rest is still diagnosed)",
      "3:AWS refused to describe the service"
    })
public final class DiagnoseCommand implements Callable<Integer> {

  /** Output formats. */
  enum Format {
    text,
    json
  }

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--snapshot",
      paramLabel = "DIR",
      description = "A directory of AWS CLI outputs, one file per call.")
  Path snapshot;

  @Option(names = "--cluster", paramLabel = "CLUSTER", description = "Live: the service's cluster.")
  String cluster;

  @Option(
      names = "--service",
      paramLabel = "SERVICE",
      description = "Live: the service to diagnose.")
  String service;

  @Mixin AwsCommandSupport live;

  @Option(
      names = {"--format", "--output", "-o"},
      defaultValue = "text",
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Format format;

  @Override
  public Integer call() throws Exception {
    boolean liveMode = cluster != null || service != null;
    if (liveMode == (snapshot != null) || (liveMode && (cluster == null || service == null))) {
      throw new UserFacingException(
          "give either --snapshot DIR, or --cluster and --service to diagnose live",
          ExitCodes.USAGE);
    }
    if (liveMode) {
      PrintWriter err = spec.commandLine().getErr();
      return live.run(
          err,
          (clients, collector) -> {
            ServiceSnapshotCollector everything =
                new ServiceSnapshotCollector(clients, collector.snapshot());
            everything.collect(cluster, service);
            everything.skipped().forEach(note -> err.println("berth: could not read: " + note));
            Map<String, String> texts = new LinkedHashMap<>();
            collector
                .snapshot()
                .responses()
                .forEach(
                    (call, response) ->
                        texts.put(call + ".json", dev.berth.aws.Snapshot.render(response)));
            return diagnose(SnapshotFolder.fromTexts(texts, List.of()));
          });
    }
    try {
      return diagnose(SnapshotFolder.read(snapshot));
    } catch (SnapshotFolder.Unusable e) {
      throw new UserFacingException(e.getMessage(), ExitCodes.USAGE, e);
    }
  }

  private int diagnose(Snapshot snapshot) {
    List<InputError> errors = snapshot.errors();
    DiagnoseReport report = new SnapshotDiagnoser().diagnose(snapshot);

    CauseRenderer renderer = new CauseRenderer();
    PrintWriter out = spec.commandLine().getOut();
    out.print(
        format == Format.json ? renderer.diagnoseJson(report) : renderer.diagnoseText(report));
    out.flush();
    if (format == Format.json) {
      PrintWriter err = spec.commandLine().getErr();
      errors.forEach(e -> err.println(CauseRenderer.errorLine(e)));
      err.flush();
    }
    return errors.isEmpty() ? ExitCodes.OK : ExitCodes.USAGE;
  }
}
