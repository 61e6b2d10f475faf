package dev.berth.aws;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A loopback HTTP proxy between the SDK and moto that answers the first requests of a chosen ECS
 * operation with an AWS error, and counts every attempt per operation.
 */
public final class FaultProxy implements AutoCloseable {

  private static final Set<String> NOT_FORWARDED =
      Set.of("host", "connection", "content-length", "expect", "upgrade", "transfer-encoding");

  /** An error to answer with: HTTP status and AWS error code. */
  public record Fault(int status, String code, String message) {}

  private final HttpServer server;
  private final URI upstream;
  private final HttpClient http = HttpClient.newHttpClient();
  private final Map<String, ConcurrentLinkedQueue<Fault>> faults = new ConcurrentHashMap<>();
  private final Map<String, AtomicInteger> attempts = new ConcurrentHashMap<>();

  public FaultProxy(URI upstream) throws IOException {
    this.upstream = upstream;
    this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/", this::handle);
    server.start();
  }

  public URI endpoint() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  /** The next {@code times} calls of {@code operation} (such as "RegisterTaskDefinition") fail. */
  public void fail(String operation, int times, Fault fault) {
    ConcurrentLinkedQueue<Fault> queue =
        faults.computeIfAbsent(operation, key -> new ConcurrentLinkedQueue<>());
    for (int i = 0; i < times; i++) {
      queue.add(fault);
    }
  }

  /** How many HTTP requests of {@code operation} reached the proxy. */
  public int attempts(String operation) {
    AtomicInteger count = attempts.get(operation);
    return count == null ? 0 : count.get();
  }

  private void handle(HttpExchange exchange) throws IOException {
    byte[] body = exchange.getRequestBody().readAllBytes();
    String target = exchange.getRequestHeaders().getFirst("X-Amz-Target");
    String operation = target == null ? "" : target.substring(target.lastIndexOf('.') + 1);
    attempts.computeIfAbsent(operation, key -> new AtomicInteger()).incrementAndGet();

    ConcurrentLinkedQueue<Fault> queue = faults.get(operation);
    Fault fault = queue == null ? null : queue.poll();
    if (fault != null) {
      byte[] error =
          ("{\"__type\":\"" + fault.code() + "\",\"message\":\"" + fault.message() + "\"}")
              .getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().add("Content-Type", "application/x-amz-json-1.1");
      exchange.getResponseHeaders().add("x-amzn-ErrorType", fault.code());
      respond(exchange, fault.status(), error);
      return;
    }

    HttpRequest.Builder forward =
        HttpRequest.newBuilder(upstream.resolve(exchange.getRequestURI()))
            .method(exchange.getRequestMethod(), HttpRequest.BodyPublishers.ofByteArray(body));
    exchange
        .getRequestHeaders()
        .forEach(
            (name, values) -> {
              if (!NOT_FORWARDED.contains(name.toLowerCase(java.util.Locale.ROOT))) {
                values.forEach(value -> forward.header(name, value));
              }
            });
    try {
      HttpResponse<byte[]> response =
          http.send(forward.build(), HttpResponse.BodyHandlers.ofByteArray());
      response
          .headers()
          .map()
          .forEach(
              (name, values) -> {
                if (!NOT_FORWARDED.contains(name.toLowerCase(java.util.Locale.ROOT))) {
                  exchange.getResponseHeaders().put(name, List.copyOf(values));
                }
              });
      respond(exchange, response.statusCode(), response.body());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      respond(exchange, 502, new byte[0]);
    }
  }

  private static void respond(HttpExchange exchange, int status, byte[] body) throws IOException {
    exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
