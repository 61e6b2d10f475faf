package dev.berth.cli;

import dev.berth.cli.check.CheckCommand;
import dev.berth.cli.deploy.DeployCommand;
import dev.berth.cli.deploy.PlanCommand;
import dev.berth.cli.deploy.RollbackCommand;
import dev.berth.cli.deploy.StatusCommand;
import dev.berth.cli.diagnose.DiagnoseCommand;
import dev.berth.cli.diagnose.ExplainCommand;
import dev.berth.cli.ecr.EcrCommand;
import dev.berth.cli.mcp.McpCommand;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The top-level {@code berth} command; each operation is a subcommand. */
@Command(
    name = "berth",
    mixinStandardHelpOptions = true,
    versionProvider = BerthVersion.class,
    description = "Deploys, checks and troubleshoots container workloads on Amazon ECS and ECR.",
    subcommands = {
      CheckCommand.class,
      PlanCommand.class,
      DeployCommand.class,
      RollbackCommand.class,
      StatusCommand.class,
      ExplainCommand.class,
      EcrCommand.class,
      DiagnoseCommand.class,
      McpCommand.class,
      CommandLine.HelpCommand.class
    })
public final class BerthCommand implements Callable<Integer> {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** The configured command line: exit codes and error handling as berth documents them. */
  public static CommandLine commandLine() {
    CommandLine commandLine = new CommandLine(new BerthCommand());
    commandLine.setExitCodeExceptionMapper(exception -> ExitCodes.USAGE);
    commandLine.setParameterExceptionHandler(
        (exception, args) -> {
          CommandLine failed = exception.getCommandLine();
          failed.getErr().println("berth: " + exception.getMessage());
          failed.getErr().println("Try '" + failed.getCommandSpec().qualifiedName() + " --help'.");
          return ExitCodes.USAGE;
        });
    commandLine.setExecutionExceptionHandler(new FailureHandler());
    return commandLine;
  }

  /** Without a command there is nothing to do: the usage goes to stderr and the exit is 2. */
  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return ExitCodes.USAGE;
  }
}
