package dev.berth.aws;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Runs the moto AWS emulator ({@code python3 -m moto.server}) on 127.0.0.1 on a free port, once for
 * the whole test run, and stops it at the end. Test classes that use it are skipped with a clear
 * message when python3 or moto is missing. Each test gets a reset emulator.
 */
public final class MotoServer implements BeforeAllCallback, ParameterResolver {

  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  /** One running emulator for the whole run. */
  static final class Running implements AutoCloseable {
    final Process process;
    final URI endpoint;

    Running(Process process, URI endpoint) {
      this.process = process;
      this.endpoint = endpoint;
    }

    /** Forgets every resource, so a test starts from an empty account. */
    void reset() throws IOException, InterruptedException {
      HTTP.send(
          HttpRequest.newBuilder(endpoint.resolve("/moto-api/reset"))
              .POST(HttpRequest.BodyPublishers.noBody())
              .build(),
          HttpResponse.BodyHandlers.discarding());
    }

    @Override
    public void close() {
      process.destroy();
      try {
        if (!process.waitFor(5, TimeUnit.SECONDS)) {
          process.destroyForcibly();
        }
      } catch (InterruptedException e) {
        process.destroyForcibly();
        Thread.currentThread().interrupt();
      }
    }
  }

  @Override
  public void beforeAll(ExtensionContext context) throws Exception {
    Running running =
        context
            .getRoot()
            .getStore(ExtensionContext.Namespace.GLOBAL)
            .getOrComputeIfAbsent(Running.class, type -> start(), Running.class);
    Assumptions.assumeTrue(
        running != null,
        "moto is not installed: `python3 -m moto.server` is needed for the AWS emulator tests"
            + " (pip install 'moto[server]'); skipped");
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == URI.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    Running running =
        context
            .getRoot()
            .getStore(ExtensionContext.Namespace.GLOBAL)
            .get(Running.class, Running.class);
    try {
      running.reset();
    } catch (IOException e) {
      throw new IllegalStateException("moto did not answer its reset call", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
    return running.endpoint;
  }

  private static Running start() {
    if (!motoInstalled()) {
      return null;
    }
    try {
      int port;
      try (ServerSocket socket =
          new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
        port = socket.getLocalPort();
      }
      Path log = Files.createTempFile("berth-moto", ".log");
      Process process =
          new ProcessBuilder("python3", "-m", "moto.server", "-H", "127.0.0.1", "-p", "" + port)
              .redirectErrorStream(true)
              .redirectOutput(log.toFile())
              .start();
      URI endpoint = URI.create("http://127.0.0.1:" + port);
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
      while (System.nanoTime() < deadline) {
        if (!process.isAlive()) {
          throw new IllegalStateException("moto exited at start: " + Files.readString(log).strip());
        }
        try {
          HTTP.send(
              HttpRequest.newBuilder(endpoint.resolve("/moto-api/")).GET().build(),
              HttpResponse.BodyHandlers.discarding());
          return new Running(process, endpoint);
        } catch (IOException notYet) {
          Thread.sleep(100);
        }
      }
      process.destroyForcibly();
      throw new IllegalStateException("moto did not answer within 30 s on " + endpoint);
    } catch (IOException e) {
      throw new IllegalStateException("could not start moto", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static boolean motoInstalled() {
    try {
      Process probe =
          new ProcessBuilder("python3", "-c", "import moto.server")
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.DISCARD)
              .start();
      return probe.waitFor(30, TimeUnit.SECONDS) && probe.exitValue() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
