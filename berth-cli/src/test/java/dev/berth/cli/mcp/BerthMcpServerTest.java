package dev.berth.cli.mcp;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.modelcontextprotocol.server.McpSyncServer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The MCP server spoken to as a client would: JSON-RPC lines over its stdio transport. */
@Timeout(60)
class BerthMcpServerTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private OutputStream toServer;
  private BufferedReader fromServer;
  private McpSyncServer server;

  @BeforeEach
  void start() throws IOException {
    PipedOutputStream clientOut = new PipedOutputStream();
    PipedInputStream serverIn = new PipedInputStream(clientOut, 1 << 16);
    PipedOutputStream serverOut = new PipedOutputStream();
    PipedInputStream clientIn = new PipedInputStream(serverOut, 1 << 16);
    toServer = clientOut;
    fromServer = new BufferedReader(new InputStreamReader(clientIn, StandardCharsets.UTF_8));
    server = BerthMcpServer.start(serverIn, serverOut, new CallsInFlight());

    send(
        "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"protocolVersion\":"
            + "\"2025-06-18\",\"capabilities\":{},\"clientInfo\":{\"name\":\"test\",\"version\":\"1\"}}}");
    assertThat(response(1).at("/result/serverInfo/name").asText()).isEqualTo("berth");
    send("{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}");
  }

  @AfterEach
  void stop() {
    server.closeGracefully();
  }

  @Test
  void listsItsToolsAllReadOnly() throws IOException {
    send("{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"tools/list\"}");

    JsonNode tools = response(2).at("/result/tools");
    List<String> names = new ArrayList<>();
    tools.forEach(tool -> names.add(tool.get("name").asText()));
    assertThat(names)
        .containsExactlyInAnyOrder(
            "check_task_definitions",
            "explain_failure",
            "diagnose_snapshot",
            "preview_lifecycle_policy");
    for (JsonNode tool : tools) {
      assertThat(tool.at("/annotations/readOnlyHint").asBoolean()).as("%s", tool).isTrue();
      assertThat(tool.at("/annotations/destructiveHint").asBoolean()).isFalse();
    }
  }

  @Test
  void explainsAFailureMessage() throws IOException {
    call(
        5,
        "explain_failure",
        JSON.createObjectNode()
            .put("message", "OutOfMemoryError: Container killed due to memory usage"));

    JsonNode result = response(5).get("result");
    assertThat(result.get("isError").asBoolean()).isFalse();
    assertThat(result.at("/structuredContent/causes/0/id").asText()).isEqualTo("OOM001");
  }

  @Test
  void diagnosesASavedSnapshot() throws IOException {
    Path snapshot =
        Path.of(
            System.getProperty("berth.root"),
            "berth-core/src/test/resources/snapshots/pull001-private-no-nat");
    call(6, "diagnose_snapshot", JSON.createObjectNode().put("directory", snapshot.toString()));

    JsonNode result = response(6).get("result");
    assertThat(result.get("isError").asBoolean()).as(result.toString()).isFalse();
    assertThat(result.at("/structuredContent/causes/0/id").asText()).isEqualTo("PULL001");
  }

  @Test
  void previewsALifecyclePolicyOffline() throws IOException {
    String policy =
        "{\"rules\": [{\"rulePriority\": 1, \"description\": \"Keep one untagged image\","
            + " \"selection\": {\"tagStatus\": \"untagged\", \"countType\":"
            + " \"imageCountMoreThan\", \"countNumber\": 1}, \"action\": {\"type\": \"expire\"}}]}";
    String images =
        "{\"imageDetails\": ["
            + "{\"imageDigest\": \"sha256:aa\", \"imagePushedAt\": \"2026-11-01T00:00:00Z\"},"
            + "{\"imageDigest\": \"sha256:bb\", \"imagePushedAt\": \"2026-11-02T00:00:00Z\"}]}";
    call(
        7,
        "preview_lifecycle_policy",
        JSON.createObjectNode()
            .put("policy", policy)
            .put("images", images)
            .put("at", "2026-12-04T00:00:00Z"));

    JsonNode result = response(7).get("result");
    assertThat(result.get("isError").asBoolean()).as(result.toString()).isFalse();
    JsonNode verdicts = result.at("/structuredContent/images");
    assertThat(verdicts.findValuesAsText("verdict")).containsExactly("keep", "expire");
    assertThat(verdicts.get(1).get("digest").asText()).isEqualTo("sha256:aa");
  }

  private void call(int id, String tool, ObjectNode arguments) throws IOException {
    ObjectNode call = JSON.createObjectNode();
    call.put("jsonrpc", "2.0").put("id", id).put("method", "tools/call");
    call.putObject("params").put("name", tool).set("arguments", arguments);
    send(JSON.writeValueAsString(call));
  }

  @Test
  void checksDocumentsSentAsTextWithoutEchoingSecrets() throws IOException {
    String taskDefinition =
        "{\"family\": \"web\", \"requiresCompatibilities\": [\"FARGATE\"],"
            + " \"networkMode\": \"awsvpc\", \"cpu\": \"256\", \"memory\": \"4096\","
            + " \"containerDefinitions\": [{\"name\": \"web\", \"image\": \"nginx:1.27\","
            + " \"environment\": [{\"name\": \"DB_PASSWORD\", \"value\": \"tiger-tiger-42\"}]}]}";
    ObjectNode call = JSON.createObjectNode();
    call.put("jsonrpc", "2.0").put("id", 3).put("method", "tools/call");
    ObjectNode params = call.putObject("params");
    params.put("name", "check_task_definitions");
    params
        .putObject("arguments")
        .putArray("documents")
        .addObject()
        .put("name", "td.json")
        .put("content", taskDefinition);
    send(JSON.writeValueAsString(call));

    JsonNode result = response(3).get("result");
    assertThat(result.get("isError").asBoolean()).isFalse();
    JsonNode findings = result.at("/structuredContent/findings");
    assertThat(findings.findValuesAsText("rule")).contains("ECS001", "ECS015");
    assertThat(findings.get(0).get("file").asText()).isEqualTo("td.json");
    assertThat(result.toString()).doesNotContain("tiger-tiger-42");
  }

  @Test
  void aCallWithoutInputIsAToolErrorNotACrash() throws IOException {
    send(
        "{\"jsonrpc\":\"2.0\",\"id\":4,\"method\":\"tools/call\",\"params\":{\"name\":"
            + "\"check_task_definitions\",\"arguments\":{}}}");

    JsonNode result = response(4).get("result");
    assertThat(result.get("isError").asBoolean()).isTrue();
    assertThat(result.at("/content/0/text").asText()).contains("paths").contains("documents");
  }

  private void send(String line) throws IOException {
    toServer.write((line + "\n").getBytes(StandardCharsets.UTF_8));
    toServer.flush();
  }

  private JsonNode response(int id) throws IOException {
    String line;
    while ((line = fromServer.readLine()) != null) {
      JsonNode message = JSON.readTree(line);
      if (message.has("id") && message.get("id").asInt() == id) {
        return message;
      }
    }
    throw new IOException("the server closed before answering " + id);
  }
}
