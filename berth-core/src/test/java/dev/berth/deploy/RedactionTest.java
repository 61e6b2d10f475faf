package dev.berth.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class RedactionTest {

  @Test
  void valuesThatCarryACredentialAreRedactedWhateverTheirName() throws Exception {
    JsonNode container =
        new ObjectMapper()
            .readTree(
                "{\"environment\": [{\"name\": \"DATABASE_URL\", \"value\":"
                    + " \"postgres://app:pw-hunter11@db/orders\"}, {\"name\": \"PORT\", \"value\":"
                    + " \"8080\"}], \"command\": [\"serve\", \"--db-password=cmd-hunter13\"]}");

    String shown = Redaction.redact(container).toString();

    assertThat(shown)
        .doesNotContain("hunter11")
        .doesNotContain("hunter13")
        .contains("\"8080\"")
        .contains("\"serve\"");
  }
}
