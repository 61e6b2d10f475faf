package dev.berth.cli.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.berth.deploy.ApiTimestamps;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A loopback ECS endpoint that plays back a rollout recorded under {@code /rollout/NAME}
 * (berth-core's test resources): each DescribeServices call answers with the next recorded step,
 * ListTasks and DescribeTasks with that step's stopped tasks. Timestamps go back to the wire's
 * epoch seconds.
 */
final class RecordedEcs implements AutoCloseable {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern ISO =
      Pattern.compile("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d+)?([+-]\\d\\d:\\d\\d|Z)");

  private final List<JsonNode> services = new ArrayList<>();
  private final List<JsonNode> tasks = new ArrayList<>();
  private final HttpServer server;
  private int step = -1;

  RecordedEcs(String scenario) throws IOException {
    for (int n = 1; ; n++) {
      String prefix = String.format("/rollout/%s/%02d-", scenario, n);
      JsonNode described = read(prefix + "describe-services.json");
      if (described == null) {
        break;
      }
      services.add(described);
      JsonNode stopped = read(prefix + "describe-tasks.json");
      tasks.add(stopped == null ? JSON.readTree("{\"tasks\":[],\"failures\":[]}") : stopped);
    }
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/", this::handle);
    server.start();
  }

  URI endpoint() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  private synchronized void handle(HttpExchange exchange) throws IOException {
    JsonNode request = JSON.readTree(exchange.getRequestBody().readAllBytes());
    String target = exchange.getRequestHeaders().getFirst("X-Amz-Target");
    String operation = target == null ? "" : target.substring(target.lastIndexOf('.') + 1);
    JsonNode body;
    switch (operation) {
      case "DescribeServices":
        step = Math.min(step + 1, services.size() - 1);
        body = services.get(step);
        break;
      case "ListTasks":
        ArrayNode arns = JSON.createArrayNode();
        tasks.get(Math.max(step, 0)).path("tasks").forEach(t -> arns.add(t.path("taskArn")));
        body = JSON.createObjectNode().set("taskArns", arns);
        break;
      case "DescribeTasks":
        body = tasks.get(Math.max(step, 0));
        break;
      case "DescribeTaskDefinition":
        // The recordings keep describe-services only; the revision is named after its ARN.
        String arn = request.path("taskDefinition").asText();
        ObjectNode taskDefinition = JSON.createObjectNode();
        taskDefinition.put("taskDefinitionArn", arn).put("family", "web").put("status", "ACTIVE");
        taskDefinition
            .putArray("containerDefinitions")
            .addObject()
            .put("name", "app")
            .put(
                "image",
                "123456789012.dkr.ecr.eu-west-1.amazonaws.com/web:1."
                    + arn.substring(arn.lastIndexOf(':') + 1));
        body = JSON.createObjectNode().set("taskDefinition", taskDefinition);
        break;
      default:
        respond(exchange, 400, "{\"__type\":\"ClientException\",\"message\":\"not recorded\"}");
        return;
    }
    respond(exchange, 200, JSON.writeValueAsString(toWire(body.deepCopy())));
  }

  /** The AWS JSON protocol carries timestamps as epoch seconds, not the CLI's ISO text. */
  private static JsonNode toWire(JsonNode node) {
    if (node instanceof ObjectNode object) {
      List<String> keys = new ArrayList<>();
      object.fieldNames().forEachRemaining(keys::add);
      for (String key : keys) {
        JsonNode value = object.get(key);
        if (value.isTextual() && ISO.matcher(value.asText()).matches()) {
          Instant at = ApiTimestamps.parse(value).orElseThrow();
          object.set(
              key, DecimalNode.valueOf(BigDecimal.valueOf(at.toEpochMilli()).movePointLeft(3)));
        } else {
          toWire(value);
        }
      }
    } else if (node instanceof ArrayNode array) {
      array.forEach(RecordedEcs::toWire);
    }
    return node;
  }

  private static void respond(HttpExchange exchange, int status, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", "application/x-amz-json-1.1");
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  private static JsonNode read(String resource) {
    try (InputStream in = RecordedEcs.class.getResourceAsStream(resource)) {
      return in == null ? null : JSON.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
