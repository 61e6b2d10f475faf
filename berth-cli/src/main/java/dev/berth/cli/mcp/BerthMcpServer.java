package dev.berth.cli.mcp;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.berth.cli.BerthVersion;
import io.modelcontextprotocol.json.jackson2.JacksonMcpJsonMapper;
import io.modelcontextprotocol.server.McpServer;
import io.modelcontextprotocol.server.McpSyncServer;
import io.modelcontextprotocol.server.transport.StdioServerTransportProvider;
import io.modelcontextprotocol.spec.McpSchema;
import java.io.InputStream;
import java.io.OutputStream;

/** The MCP server: berth's read-only operations as tools, over a stdio transport. */
final class BerthMcpServer {

  private BerthMcpServer() {}

  /**
   * Starts serving on {@code in}/{@code out}; the transport runs on its own threads. Tool calls are
   * counted in {@code calls} so that a closing client still gets its answers.
   */
  static McpSyncServer start(InputStream in, OutputStream out, CallsInFlight calls) {
    JacksonMcpJsonMapper mapper = new JacksonMcpJsonMapper(new ObjectMapper());
    StdioServerTransportProvider transport = new StdioServerTransportProvider(mapper, in, out);
    CheckTool check = new CheckTool(mapper);
    return McpServer.sync(transport)
        .serverInfo("berth", BerthVersion.current())
        .instructions(
            "berth checks Amazon ECS task definitions for the mistakes AWS rejects or that fail at"
                + " run time. Call check_task_definitions with file paths or with the documents'"
                + " text; each finding names the rule, the position and the fix.")
        .capabilities(McpSchema.ServerCapabilities.builder().tools(true).build())
        .toolCall(check.tool(), (exchange, request) -> calls.run(() -> check.call(request)))
        .build();
  }
}
