package dev.berth.cli.ecr;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code berth ecr}: the ECR operations. */
@Command(
    name = "ecr",
    mixinStandardHelpOptions = true,
    description = "Works with Amazon ECR repositories and their lifecycle policies.",
    subcommands = {PreviewCommand.class})
public final class EcrCommand implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
