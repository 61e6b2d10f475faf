package dev.berth.cli.mcp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Standard output shared by the SDK transport and the {@link InboundFilter}: each message goes out
 * as one whole line, and the ids of the requests it answers are struck off the list of requests
 * still owed an answer.
 */
final class ProtocolOutput extends OutputStream {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final OutputStream out;
  private final ByteArrayOutputStream partial = new ByteArrayOutputStream();
  // Counted, not a set: a client may reuse an id before its first use is answered.
  private final Map<String, Integer> owed = new HashMap<>();
  private boolean closed;

  ProtocolOutput(OutputStream out) {
    this.out = out;
  }

  /** Notes that the request with this id (its JSON text) has been passed on and needs an answer. */
  synchronized void expect(String id) {
    owed.merge(id, 1, Integer::sum);
  }

  /** Writes one message; {@code message} must be a single line of JSON. */
  synchronized void writeLine(String message) {
    emit(message.getBytes(StandardCharsets.UTF_8));
  }

  @Override
  public synchronized void write(int b) {
    if (b == '\n') {
      emit(partial.toByteArray());
      partial.reset();
    } else {
      partial.write(b);
    }
  }

  @Override
  public synchronized void write(byte[] bytes, int offset, int length) {
    int start = offset;
    for (int i = offset; i < offset + length; i++) {
      if (bytes[i] == '\n') {
        partial.write(bytes, start, i - start);
        emit(partial.toByteArray());
        partial.reset();
        start = i + 1;
      }
    }
    partial.write(bytes, start, offset + length - start);
  }

  /**
   * Waits until every expected request has been answered or {@code limit} has passed, and returns
   * the ids still owed an answer.
   */
  synchronized List<String> awaitAnswers(Duration limit) throws InterruptedException {
    long deadline = System.nanoTime() + limit.toNanos();
    long left;
    while (!owed.isEmpty() && (left = deadline - System.nanoTime()) > 0) {
      wait(Math.max(1, left / 1_000_000));
    }
    List<String> ids = new ArrayList<>();
    owed.forEach((id, count) -> ids.addAll(Collections.nCopies(count, id)));
    return ids;
  }

  /** Drops everything written from now on: the session is over. */
  @Override
  public synchronized void close() {
    closed = true;
  }

  private void emit(byte[] line) {
    if (closed || line.length == 0) {
      return;
    }
    try {
      out.write(line);
      out.write('\n');
      out.flush();
    } catch (IOException e) {
      // The client has gone; nobody is left to answer.
      closed = true;
      owed.clear();
      notifyAll();
      return;
    }
    answered(line);
  }

  private void answered(byte[] line) {
    JsonNode message;
    try {
      message = JSON.readTree(line);
    } catch (IOException e) {
      return;
    }
    JsonNode id = message.get("id");
    if (id != null && (message.has("result") || message.has("error"))) {
      owed.computeIfPresent(id.toString(), (key, count) -> count == 1 ? null : count - 1);
      notifyAll();
    }
  }
}
