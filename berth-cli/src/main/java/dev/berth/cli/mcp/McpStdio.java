package dev.berth.cli.mcp;

import io.modelcontextprotocol.server.McpSyncServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.time.Duration;

/** One MCP session over newline-delimited JSON-RPC on a pair of streams. */
final class McpStdio {

  private McpStdio() {}

  /**
   * Serves until {@code in} ends and every request read before that has been answered, or {@code
   * drainLimit} has passed since the end.
   */
  static void serve(InputStream in, OutputStream out, Duration drainLimit)
      throws IOException, InterruptedException {
    ProtocolOutput protocol = new ProtocolOutput(out);
    PipedOutputStream toSdk = new PipedOutputStream();
    PipedInputStream sdkIn = new PipedInputStream(toSdk, 1 << 16);
    McpSyncServer server = BerthMcpServer.start(sdkIn, protocol);
    try {
      new InboundFilter(in, toSdk, protocol).run(drainLimit);
    } finally {
      server.closeGracefully();
    }
  }
}
