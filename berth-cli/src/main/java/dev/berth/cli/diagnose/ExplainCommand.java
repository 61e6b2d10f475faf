package dev.berth.cli.diagnose;

import dev.berth.cli.ExitCodes;
import dev.berth.cli.UserFacingException;
import dev.berth.cli.check.InputFiles;
import dev.berth.diagnose.CauseRenderer;
import dev.berth.diagnose.Diagnosis;
import dev.berth.diagnose.MessageExplainer;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code berth explain}: says what an ECS error or event message means and what to check. */
@Command(
    name = "explain",
    mixinStandardHelpOptions = true,
    description = {
      "Explains an ECS, Fargate or ECR failure message: a task's stoppedReason, a container's"
          + " reason, a service event or an AWS CLI error.",
      "The message comes from the arguments, from --file, or from standard input."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:explained (causes found or not)", "2:bad usage or unreadable input"})
public final class ExplainCommand implements Callable<Integer> {

  /** Output formats. */
  enum Format {
    text,
    json
  }

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(paramLabel = "MESSAGE", arity = "0..*", description = "The message, as pasted.")
  List<String> words;

  @Option(
      names = {"-f", "--file"},
      paramLabel = "FILE",
      description = "Read the message from FILE ('-' for standard input).")
  Path file;

  @Option(
      names = {"--format", "--output", "-o"},
      defaultValue = "text",
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Format format;

  @Option(names = "--debug", description = "Show stack traces of internal failures.")
  boolean debug;

  /** Where standard input comes from; tests replace it. */
  InputStream stdin = System.in;

  @Override
  public Integer call() {
    String message = message();
    if (message.isBlank()) {
      throw new UserFacingException(
          "no message to explain: pass it as an argument, with --file FILE, or on standard input",
          ExitCodes.USAGE);
    }
    List<Diagnosis> causes = new MessageExplainer().explain(message);
    CauseRenderer renderer = new CauseRenderer();
    PrintWriter out = spec.commandLine().getOut();
    out.print(format == Format.json ? renderer.explainJson(causes) : renderer.explainText(causes));
    out.flush();
    return ExitCodes.OK;
  }

  private String message() {
    if (words != null && !words.isEmpty()) {
      if (file != null) {
        throw new UserFacingException(
            "give the message either as arguments or with --file, not both", ExitCodes.USAGE);
      }
      return String.join(" ", words);
    }
    if (file != null && !file.toString().equals("-")) {
      InputFiles.Read read = InputFiles.read(file);
      if (read.error() != null) {
        throw new UserFacingException(
            read.error().file() + ": " + read.error().message(), ExitCodes.USAGE);
      }
      return read.text();
    }
    try {
      return new String(stdin.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UserFacingException(
          "cannot read standard input: " + e.getMessage(), ExitCodes.USAGE, e);
    }
  }
}
