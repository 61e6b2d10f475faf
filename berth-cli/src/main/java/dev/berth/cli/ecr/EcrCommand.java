package dev.berth.cli.ecr;

import dev.berth.cli.ExitCodes;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code berth ecr}: the ECR operations. */
@Command(
    name = "ecr",
    mixinStandardHelpOptions = true,
    description = "Works with Amazon ECR repositories and their lifecycle policies.",
    subcommands = {PreviewCommand.class})
public final class EcrCommand implements Callable<Integer> {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** Without a subcommand there is nothing to do: usage on stderr, exit 2, as for bare berth. */
  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return ExitCodes.USAGE;
  }
}
