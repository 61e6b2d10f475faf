package dev.berth.aws;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What berth read from AWS, one response per API call, kept as {@code aws <service> <call> --output
 * json} prints it and saved as one file per call ({@code describe-services.json}, ...), as
 * docs/snapshots.md describes. A later response of the same call replaces the earlier one.
 */
public final class Snapshot {

  private static final ObjectWriter CLI_JSON =
      new ObjectMapper()
          .writer(
              new DefaultPrettyPrinter(
                      Separators.createDefaultInstance()
                          .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
                  .withObjectIndenter(new DefaultIndenter("    ", "\n"))
                  .withArrayIndenter(new DefaultIndenter("    ", "\n")));

  private static final ObjectMapper READER = new ObjectMapper();

  private final Map<String, JsonNode> responses = new LinkedHashMap<>();

  /** Records the response of {@code call} (the AWS CLI's name, such as "describe-services"). */
  public synchronized void record(String call, JsonNode response) {
    responses.put(call, response);
  }

  public synchronized Optional<JsonNode> response(String call) {
    return Optional.ofNullable(responses.get(call));
  }

  public synchronized Map<String, JsonNode> responses() {
    return Map.copyOf(responses);
  }

  /** Writes each response to {@code directory}/CALL.json, creating the directory. */
  public synchronized void save(Path directory) throws IOException {
    Files.createDirectories(directory);
    for (Map.Entry<String, JsonNode> response : responses.entrySet()) {
      Files.writeString(
          directory.resolve(response.getKey() + ".json"),
          render(response.getValue()) + "\n",
          StandardCharsets.UTF_8);
    }
  }

  /**
   * Reads a snapshot directory back: every {@code CALL.json} in it. A file that is not JSON is an
   * error naming the file, line and column.
   */
  public static Snapshot load(Path directory) throws IOException {
    Snapshot snapshot = new Snapshot();
    try (var files = Files.list(directory)) {
      for (Path file :
          files.filter(f -> f.getFileName().toString().endsWith(".json")).sorted().toList()) {
        String name = file.getFileName().toString();
        try {
          snapshot.record(
              name.substring(0, name.length() - ".json".length()),
              READER.readTree(Files.readString(file, StandardCharsets.UTF_8)));
        } catch (JsonProcessingException e) {
          throw new SnapshotFileException(
              file.toString(),
              e.getLocation() == null ? 1 : e.getLocation().getLineNr(),
              e.getLocation() == null ? 1 : e.getLocation().getColumnNr(),
              e.getOriginalMessage());
        }
      }
    }
    return snapshot;
  }

  /** The AWS CLI's layout: four-space indents, "key": value. */
  public static String render(JsonNode response) {
    try {
      return CLI_JSON.writeValueAsString(response);
    } catch (IOException e) {
      throw new IllegalStateException("a JSON tree always serialises", e);
    }
  }
}
