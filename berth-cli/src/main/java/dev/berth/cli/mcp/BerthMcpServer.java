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
   * Starts serving on {@code in}/{@code out}; the transport runs on its own threads. {@code in}
   * must carry only well-formed messages (see {@link InboundFilter}).
   */
  static McpSyncServer start(InputStream in, OutputStream out) {
    JacksonMcpJsonMapper mapper = new JacksonMcpJsonMapper(new ObjectMapper());
    StdioServerTransportProvider transport =
        new StdioServerTransportProvider(mapper, in, out, 2 * InboundFilter.MAX_LINE);
    CheckTool check = new CheckTool(mapper);
    ExplainTool explain = new ExplainTool(mapper);
    DiagnoseSnapshotTool diagnose = new DiagnoseSnapshotTool(mapper);
    PreviewLifecycleTool preview = new PreviewLifecycleTool(mapper);
    return McpServer.sync(transport)
        .serverInfo("berth", BerthVersion.current())
        .instructions(
            "berth checks, explains and diagnoses Amazon ECS, Fargate and ECR workloads. Every"
                + " tool is read-only and none calls AWS. check_task_definitions finds the known"
                + " mistakes in task definitions and lifecycle policies (rule, position, fix);"
                + " explain_failure names the causes of a pasted failure message;"
                + " diagnose_snapshot proves causes from a saved snapshot directory;"
                + " preview_lifecycle_policy says which images a lifecycle policy would expire.")
        .capabilities(McpSchema.ServerCapabilities.builder().tools(true).build())
        .toolCall(check.tool(), (exchange, request) -> check.call(request))
        .toolCall(explain.tool(), (exchange, request) -> explain.call(request))
        .toolCall(diagnose.tool(), (exchange, request) -> diagnose.call(request))
        .toolCall(preview.tool(), (exchange, request) -> preview.call(request))
        .build();
  }
}
