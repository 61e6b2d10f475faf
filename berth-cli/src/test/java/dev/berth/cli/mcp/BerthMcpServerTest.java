package dev.berth.cli.mcp;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The MCP server spoken to as a client would: JSON-RPC lines over its stdio streams. */
@Timeout(60)
class BerthMcpServerTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String INITIALIZE =
      "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"protocolVersion\":"
          + "\"2025-06-18\",\"capabilities\":{},\"clientInfo\":{\"name\":\"test\",\"version\":\"1\"}}}";
  private static final String INITIALIZED =
      "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}";

  private OutputStream toServer;
  private BufferedReader fromServer;
  private Thread session;
  private final AtomicReference<Throwable> failure = new AtomicReference<>();

  @BeforeEach
  void start() throws IOException {
    PipedOutputStream clientOut = new PipedOutputStream();
    PipedInputStream serverIn = new PipedInputStream(clientOut, 1 << 16);
    PipedOutputStream serverOut = new PipedOutputStream();
    PipedInputStream clientIn = new PipedInputStream(serverOut, 1 << 16);
    toServer = clientOut;
    fromServer = new BufferedReader(new InputStreamReader(clientIn, StandardCharsets.UTF_8));
    session =
        new Thread(
            () -> {
              try (serverOut) {
                McpStdio.serve(serverIn, serverOut, Duration.ofSeconds(30));
              } catch (Throwable e) {
                failure.set(e);
              }
            },
            "mcp-session");
    session.start();
  }

  @AfterEach
  void stop() throws Exception {
    toServer.close();
    session.join(Duration.ofSeconds(30).toMillis());
    assertThat(session.isAlive()).as("the session ends when its input does").isFalse();
    assertThat(failure.get()).isNull();
  }

  private void initialize() throws IOException {
    send(INITIALIZE);
    assertThat(response(1).at("/result/serverInfo/name").asText()).isEqualTo("berth");
    send(INITIALIZED);
  }

  @Test
  void listsItsToolsAllReadOnly() throws IOException {
    initialize();
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
      assertThat(tool.get("annotations").has("returnDirect")).as("not in MCP").isFalse();
    }
  }

  @Test
  void explainsAFailureMessage() throws IOException {
    initialize();
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
    initialize();
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
    initialize();
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

  @Test
  void answersMalformedLinesAndKeepsServing() throws IOException {
    initialize();
    send("this is not json");
    send("");
    send("   ");
    send("{}");
    send("[{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"tools/list\"}]");
    send("{\"id\":3,\"method\":\"tools/list\"}");
    send("{\"jsonrpc\":\"2.0\",\"id\":{\"a\":1},\"method\":\"tools/list\"}");
    send("42");
    send("{\"jsonrpc\":\"2.0\",\"id\":4,\"method\":\"tools/list\"} trailing");
    send("{\"jsonrpc\":\"2.0\",\"id\":9,\"method\":\"tools/list\"}");

    // Blank lines get nothing; every other line gets exactly one answer, in order.
    assertThat(errorCodeAndId(next())).isEqualTo("-32700 null");
    assertThat(errorCodeAndId(next())).isEqualTo("-32600 null");
    JsonNode batch = next();
    assertThat(errorCodeAndId(batch)).isEqualTo("-32600 null");
    assertThat(batch.at("/error/message").asText()).contains("batch");
    JsonNode noVersion = next();
    assertThat(errorCodeAndId(noVersion)).isEqualTo("-32600 3");
    assertThat(noVersion.at("/error/message").asText()).contains("jsonrpc");
    assertThat(errorCodeAndId(next())).isEqualTo("-32600 null");
    assertThat(errorCodeAndId(next())).isEqualTo("-32600 null");
    assertThat(errorCodeAndId(next())).isEqualTo("-32700 null");
    JsonNode list = next();
    assertThat(list.get("id").asInt()).isEqualTo(9);
    assertThat(list.at("/result/tools").size()).isEqualTo(4);
  }

  @Test
  void refusesRequestsBeforeInitializeButAlwaysAnswersPing() throws IOException {
    send("{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"tools/list\"}");
    JsonNode refused = next();
    assertThat(errorCodeAndId(refused)).isEqualTo("-32002 2");
    assertThat(refused.at("/error/message").asText()).contains("not initialized");

    send("{\"jsonrpc\":\"2.0\",\"id\":\"p\",\"method\":\"ping\"}");
    JsonNode pong = next();
    assertThat(pong.get("id").asText()).isEqualTo("p");
    assertThat(pong.get("result").isObject()).isTrue();

    initialize();
    send("{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"ping\"}");
    assertThat(response(3).get("result").isObject()).isTrue();
    send("{\"jsonrpc\":\"2.0\",\"id\":4,\"method\":\"tools/list\"}");
    assertThat(response(4).at("/result/tools").size()).isEqualTo(4);
  }

  @Test
  void answersEveryCallSentBeforeTheInputEndsThenStops() throws Exception {
    // Sent in one go without waiting, as `printf ... | berth mcp` does.
    send(INITIALIZE);
    send(INITIALIZED);
    for (int id = 10; id < 15; id++) {
      call(
          id,
          "explain_failure",
          JSON.createObjectNode().put("message", "CannotPullContainerError: pull access denied"));
    }
    toServer.close();

    List<JsonNode> answers = new ArrayList<>();
    String line;
    while ((line = fromServer.readLine()) != null) {
      answers.add(JSON.readTree(line));
    }
    assertThat(answers)
        .extracting(m -> m.get("id").asInt())
        .containsExactlyInAnyOrder(1, 10, 11, 12, 13, 14);
    assertThat(answers).allSatisfy(m -> assertThat(m.has("result")).as("%s", m).isTrue());
    session.join(Duration.ofSeconds(30).toMillis());
    assertThat(session.isAlive()).isFalse();
  }

  @Test
  void theCommandAnswersACallInFlightAtEndOfInputThenExits() throws Exception {
    Process berth =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                "dev.berth.cli.Main",
                "mcp")
            .redirectError(ProcessBuilder.Redirect.DISCARD)
            .start();
    try (OutputStream stdin = berth.getOutputStream()) {
      String call =
          "{\"jsonrpc\":\"2.0\",\"id\":7,\"method\":\"tools/call\",\"params\":{\"name\":"
              + "\"explain_failure\",\"arguments\":{\"message\":\"ResourceInitializationError\"}}}";
      stdin.write(
          String.join("\n", INITIALIZE, INITIALIZED, "not json", call, "")
              .getBytes(StandardCharsets.UTF_8));
    }
    List<JsonNode> answers = new ArrayList<>();
    try (BufferedReader stdout =
        new BufferedReader(new InputStreamReader(berth.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = stdout.readLine()) != null) {
        answers.add(JSON.readTree(line));
      }
    }
    assertThat(berth.waitFor(30, TimeUnit.SECONDS)).as("berth exits when stdin closes").isTrue();
    assertThat(berth.exitValue()).isZero();
    // The filter answers the bad line at once, possibly before the SDK answers initialize.
    assertThat(answers)
        .extracting(m -> m.get("id").asText())
        .containsExactlyInAnyOrder("1", "null", "7");
    assertThat(answers)
        .filteredOn(m -> m.get("id").asInt() == 7)
        .singleElement()
        .satisfies(m -> assertThat(m.at("/result/isError").asBoolean()).isFalse());
  }

  private JsonNode next() throws IOException {
    String line = fromServer.readLine();
    if (line == null) {
      throw new IOException("the server closed its output");
    }
    return JSON.readTree(line);
  }

  private static String errorCodeAndId(JsonNode message) {
    return message.at("/error/code").asText("no error: " + message) + " " + message.get("id");
  }

  private void call(int id, String tool, ObjectNode arguments) throws IOException {
    ObjectNode call = JSON.createObjectNode();
    call.put("jsonrpc", "2.0").put("id", id).put("method", "tools/call");
    call.putObject("params").put("name", tool).set("arguments", arguments);
    send(JSON.writeValueAsString(call));
  }

  @Test
  void checksDocumentsSentAsTextWithoutEchoingSecrets() throws IOException {
    initialize();
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
    initialize();
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
