package dev.berth.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A rollout recorded as numbered snapshots under {@code src/test/resources/rollout/NAME}: {@code
 * 01-describe-services.json}, {@code 01-describe-tasks.json}, {@code
 * 01-describe-service-deployments.json}, then 02-..., each in the AWS CLI's JSON shape. The
 * observations are taken {@code interval} apart from {@code start}.
 */
final class RecordedSequence {

  private static final ObjectMapper JSON = new ObjectMapper();

  private RecordedSequence() {}

  static List<RolloutObservation> load(String name, Instant start, Duration interval) {
    List<RolloutObservation> observations = new ArrayList<>();
    for (int step = 1; ; step++) {
      String prefix = String.format("/rollout/%s/%02d-", name, step);
      Optional<JsonNode> services = read(prefix + "describe-services.json");
      if (services.isEmpty()) {
        return observations;
      }
      observations.add(
          new RolloutObservation(
              start.plus(interval.multipliedBy(step)),
              services.get(),
              read(prefix + "describe-tasks.json"),
              read(prefix + "describe-service-deployments.json")));
    }
  }

  static JsonNode parse(String text) {
    try {
      return JSON.readTree(text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Optional<JsonNode> read(String resource) {
    try (InputStream in = RecordedSequence.class.getResourceAsStream(resource)) {
      return in == null ? Optional.empty() : Optional.of(JSON.readTree(in));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
