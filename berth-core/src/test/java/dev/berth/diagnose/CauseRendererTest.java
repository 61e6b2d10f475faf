package dev.berth.diagnose;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

class CauseRendererTest {

  private final CauseRenderer renderer = new CauseRenderer();

  @Test
  void explainJsonListsCausesMostLikelyFirstWithEvidenceAndFix() throws Exception {
    List<Diagnosis> causes =
        new MessageExplainer()
            .explain(
                "CannotPullContainerError: ref example/app:v1: dial tcp 1.2.3.4:443: i/o timeout");

    JsonNode json = new ObjectMapper().readTree(renderer.explainJson(causes));

    JsonNode first = json.get("causes").get(0);
    assertThat(first.get("id").asText()).isEqualTo("PULL001");
    assertThat(first.get("title").asText()).isEqualTo(Causes.PULL001.title());
    assertThat(first.get("evidence").get(0).asText()).contains("i/o timeout");
    assertThat(first.get("fix")).isNotEmpty();
  }

  @Test
  void diagnoseJsonCarriesTheSameCausesListAndTheUndecided() throws Exception {
    DiagnoseReport report = SnapshotFixtures.diagnose("pull001-undecided-no-route-tables");

    JsonNode json = new ObjectMapper().readTree(renderer.diagnoseJson(report));

    assertThat(json.get("causes")).isEmpty();
    JsonNode open = json.get("undecided").get(0);
    assertThat(open.get("id").asText()).isEqualTo("PULL001");
    assertThat(open.get("missingFiles").toString()).contains("describe-route-tables.json");
    assertThat(json.get("service").get("summary").asText()).contains("web");
  }

  @Test
  void anUnrecognisedMessageSaysSo() {
    assertThat(renderer.explainText(new MessageExplainer().explain("hello world")))
        .startsWith("No known ECS");
  }
}
