package dev.berth.cli.mcp;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * Reads the client's lines and passes only well-formed JSON-RPC messages on to the SDK transport,
 * answering the rest itself. The SDK's stdio transport stops reading for good at the first line it
 * cannot parse, drops requests sent before {@code initialize}, and drops every answer once its
 * input ends; none of that may reach it.
 */
final class InboundFilter {

  static final int PARSE_ERROR = -32700;
  static final int INVALID_REQUEST = -32600;
  static final int INVALID_PARAMS = -32602;
  static final int INTERNAL_ERROR = -32603;
  // JSON-RPC leaves -32000..-32099 to servers; -32002 is the code LSP gives "not initialized".
  static final int NOT_INITIALIZED = -32002;

  /** Longer lines are refused here: the SDK transport would stop reading at them. */
  static final int MAX_LINE = 16 * 1024 * 1024;

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  private enum Phase {
    NEW,
    INITIALIZING,
    READY
  }

  private final InputStream in;
  private final OutputStream toSdk;
  private final ProtocolOutput out;
  private Phase phase = Phase.NEW;

  InboundFilter(InputStream in, OutputStream toSdk, ProtocolOutput out) {
    this.in = in;
    this.toSdk = toSdk;
    this.out = out;
  }

  /**
   * Filters until the client closes its end, then waits up to {@code drainLimit} for the answers
   * still owed, answers what is left with an error, and ends the SDK's input.
   */
  void run(Duration drainLimit) throws IOException, InterruptedException {
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = reader.readLine()) != null) {
        accept(line);
      }
    } catch (IOException e) {
      // A broken standard input, or an SDK that stopped reading, ends the session like EOF.
    }
    for (String id : out.awaitAnswers(drainLimit)) {
      out.writeLine(
          error(
              JSON.readTree(id),
              INTERNAL_ERROR,
              "berth stopped: standard input closed and this request was not answered within "
                  + drainLimit.toSeconds()
                  + " s"));
    }
    out.close();
    toSdk.close();
  }

  private void accept(String line) throws IOException {
    if (line.isBlank()) {
      return;
    }
    if (line.length() > MAX_LINE) {
      out.writeLine(
          error(null, INVALID_REQUEST, "message longer than " + MAX_LINE + " characters"));
      return;
    }
    JsonNode message;
    try {
      message = JSON.readTree(line);
    } catch (JsonProcessingException e) {
      out.writeLine(error(null, PARSE_ERROR, "Parse error: the line is not JSON"));
      return;
    }
    if (!(message instanceof ObjectNode object)) {
      out.writeLine(
          error(
              null,
              INVALID_REQUEST,
              message.isArray()
                  ? "Invalid Request: batches are not supported; send one message per line"
                  : "Invalid Request: a message must be a JSON object"));
      return;
    }
    String problem = problem(object);
    JsonNode id = object.get("id");
    if (problem != null) {
      out.writeLine(error(validId(id) ? id : null, INVALID_REQUEST, "Invalid Request: " + problem));
    } else if (object.has("method")) {
      route(object, object.get("method").asText(), id);
    }
    // Responses are dropped: berth sends the client no requests, so no response can be awaited.
  }

  private void route(ObjectNode message, String method, JsonNode id) throws IOException {
    if (id != null && message.path("params").isArray()) {
      // Valid JSON-RPC, but MCP names every parameter; the SDK would fail it as an internal error.
      out.writeLine(error(id, INVALID_PARAMS, "Invalid params: \"params\" must be an object"));
    } else if (id == null) {
      if (phase == Phase.READY) {
        forward(message, null);
      } else if (phase == Phase.INITIALIZING && method.equals("notifications/initialized")) {
        phase = Phase.READY;
        forward(message, null);
      }
      // Any other notification before the handshake has nothing to act on.
    } else if (method.equals("ping")) {
      // The SDK holds every request but initialize until the session is initialized; a ping
      // must not wait.
      out.writeLine(result(id));
    } else if (method.equals("initialize")) {
      phase = phase == Phase.READY ? phase : Phase.INITIALIZING;
      forward(message, id);
    } else if (phase == Phase.READY) {
      forward(message, id);
    } else {
      out.writeLine(
          error(
              id,
              NOT_INITIALIZED,
              "Server not initialized: send initialize, then notifications/initialized, before "
                  + method));
    }
  }

  private void forward(ObjectNode message, JsonNode id) throws IOException {
    if (id != null) {
      out.expect(id.toString());
    }
    toSdk.write(JSON.writeValueAsBytes(message));
    toSdk.write('\n');
    toSdk.flush();
  }

  /** What makes {@code message} neither a request, a notification nor a response, or null. */
  private static String problem(ObjectNode message) {
    JsonNode version = message.get("jsonrpc");
    if (version == null || !version.isTextual() || !version.asText().equals("2.0")) {
      return "\"jsonrpc\" must be \"2.0\"";
    }
    JsonNode id = message.get("id");
    if (id != null && !validId(id)) {
      return "\"id\" must be a string or an integer";
    }
    if (message.has("method")) {
      if (!message.get("method").isTextual()) {
        return "\"method\" must be a string";
      }
      JsonNode params = message.get("params");
      if (params != null && !params.isObject() && !params.isArray()) {
        return "\"params\" must be an object";
      }
      if (message.has("result") || message.has("error")) {
        return "a request cannot carry \"result\" or \"error\"";
      }
      return null;
    }
    if (message.has("result") == message.has("error") || id == null) {
      return "a message needs \"method\", or \"id\" with one of \"result\" and \"error\"";
    }
    return null;
  }

  private static boolean validId(JsonNode id) {
    return id != null && (id.isTextual() || id.isIntegralNumber());
  }

  private static String error(JsonNode id, int code, String text) {
    ObjectNode message = JSON.createObjectNode().put("jsonrpc", "2.0");
    message.set("id", id == null ? JSON.nullNode() : id);
    message.putObject("error").put("code", code).put("message", text);
    return message.toString();
  }

  private static String result(JsonNode id) {
    ObjectNode message = JSON.createObjectNode().put("jsonrpc", "2.0");
    message.set("id", id);
    message.putObject("result");
    return message.toString();
  }
}
