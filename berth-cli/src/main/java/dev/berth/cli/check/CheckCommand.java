package dev.berth.cli.check;

import dev.berth.check.RuleRegistry;
import dev.berth.check.Severity;
import dev.berth.cli.BerthVersion;
import dev.berth.cli.ExitCodes;
import dev.berth.cli.Terminal;
import dev.berth.report.JsonRenderer;
import dev.berth.report.Report;
import dev.berth.report.SarifRenderer;
import dev.berth.report.TextRenderer;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code berth check}: finds the known ECS mistakes in the user's files before AWS does. */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    description = {
      "Checks ECS task definitions and ECR lifecycle policies for the mistakes AWS rejects or"
          + " that fail at run time.",
      "A folder is searched for *.json, *.yaml, *.yml and *.template files; files that are not"
          + " ECS or ECR documents (YAML that is not a CloudFormation template) are skipped."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:nothing at or above --fail-on",
      "1:findings at or above --fail-on",
      "2:bad usage or unreadable input"
    })
public final class CheckCommand implements Callable<Integer> {

  /** Output formats. */
  enum Format {
    text,
    json,
    sarif
  }

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders to check.")
  List<Path> paths;

  @Option(
      names = {"--format", "--output", "-o"},
      defaultValue = "text",
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Format format;

  @Option(
      names = "--fail-on",
      defaultValue = "error",
      converter = SeverityConverter.class,
      description = "Exit 1 when a finding is at or above: error, warning, note (default: error).")
  Severity failOn;

  @Option(names = "--no-color", description = "No colour, even on a terminal.")
  boolean noColour;

  @Option(names = "--debug", description = "Show stack traces of internal failures.")
  boolean debug;

  @Override
  public Integer call() {
    CheckRun.Result result = CheckRun.run(paths);
    Report report = result.report();
    PrintWriter out = spec.commandLine().getOut();
    out.print(render(report));
    out.flush();
    if (result.documents() == 0 && report.errors().isEmpty()) {
      PrintWriter err = spec.commandLine().getErr();
      err.println(
          "berth: nothing to check: none of the "
              + result.filesRead()
              + " file(s) read is an ECS task definition or an ECR lifecycle policy");
      err.flush();
    }

    if (!report.errors().isEmpty()) {
      return ExitCodes.USAGE;
    }
    return report.hasFindingsAtLeast(failOn) ? ExitCodes.FINDINGS : ExitCodes.OK;
  }

  private String render(Report report) {
    switch (format) {
      case json:
        return new JsonRenderer().render(report);
      case sarif:
        return new SarifRenderer(RuleRegistry.all(), BerthVersion.current()).render(report);
      default:
        return new TextRenderer(Terminal.colourWanted(noColour)).render(report);
    }
  }
}
