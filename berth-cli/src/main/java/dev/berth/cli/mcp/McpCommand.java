package dev.berth.cli.mcp;

import dev.berth.cli.ExitCodes;
import java.io.IOException;
import java.io.PrintStream;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/**
 * {@code berth mcp}: serves berth's operations as MCP tools on standard input and output, for AI
 * coding agents. Every tool is read-only: nothing it does writes to AWS.
 */
@Command(
    name = "mcp",
    mixinStandardHelpOptions = true,
    description = {
      "Serves berth as an MCP server on stdin/stdout (for AI coding agents).",
      "Tools: check_task_definitions, explain_failure, diagnose_snapshot,"
          + " preview_lifecycle_policy. All are read-only; none calls AWS.",
      "When stdin closes, berth answers the requests already sent (waiting at most 2 minutes)"
          + " and exits."
    })
public final class McpCommand implements Callable<Integer> {

  private static final Duration DRAIN_LIMIT = Duration.ofMinutes(2);

  @Override
  public Integer call() throws IOException, InterruptedException {
    PrintStream protocol = System.out;
    // A stray print would corrupt the protocol stream, so whatever else prints goes to stderr.
    System.setOut(System.err);
    try {
      McpStdio.serve(System.in, protocol, DRAIN_LIMIT);
    } finally {
      System.setOut(protocol);
    }
    return ExitCodes.OK;
  }
}
