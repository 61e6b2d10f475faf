package dev.berth.cli.mcp;

import dev.berth.cli.ExitCodes;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
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
          + " preview_lifecycle_policy. All are read-only; none calls AWS."
    })
public final class McpCommand implements Callable<Integer> {

  @Override
  public Integer call() throws InterruptedException {
    CountDownLatch closed = new CountDownLatch(1);
    InputStream in = new EndAware(System.in, closed::countDown);
    CallsInFlight calls = new CallsInFlight();
    var server = BerthMcpServer.start(in, System.out, calls);
    // The transport reads on its own threads; stay until the client closes standard input, then
    // answer the calls it already sent.
    closed.await();
    calls.awaitNone(Duration.ofMinutes(2));
    server.closeGracefully();
    return ExitCodes.OK;
  }

  /** Standard input that says when the client has closed it. */
  private static final class EndAware extends FilterInputStream {
    private final Runnable onEnd;

    EndAware(InputStream in, Runnable onEnd) {
      super(in);
      this.onEnd = onEnd;
    }

    @Override
    public int read() throws IOException {
      return ended(super.read());
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      return ended(super.read(buffer, offset, length));
    }

    private int ended(int result) {
      if (result < 0) {
        onEnd.run();
      }
      return result;
    }
  }
}
