package dev.berth.cli;

import picocli.CommandLine;

/**
 * Turns an unexpected exception into one line and exit code 2; the stack trace only with {@code
 * --debug}.
 */
final class FailureHandler implements CommandLine.IExecutionExceptionHandler {

  @Override
  public int handleExecutionException(
      Exception exception, CommandLine commandLine, CommandLine.ParseResult parseResult) {
    boolean debug = parseResult.expandedArgs().contains("--debug");
    String message = exception.getMessage() == null ? exception.toString() : exception.getMessage();
    commandLine.getErr().println("berth: " + message);
    if (debug) {
      exception.printStackTrace(commandLine.getErr());
    } else if (!(exception instanceof UserFacingException)) {
      // A failure berth did not foresee: the stack trace is what a bug report needs.
      commandLine.getErr().println("(run with --debug for details)");
    }
    return exception instanceof UserFacingException failure ? failure.exitCode() : ExitCodes.USAGE;
  }
}
