package dev.berth.aws;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.ecs.model.Deployment;
import software.amazon.awssdk.services.ecs.model.DescribeServicesResponse;
import software.amazon.awssdk.services.ecs.model.RegisterTaskDefinitionRequest;
import software.amazon.awssdk.services.ecs.model.Service;

class SdkJsonTest {

  @Test
  void writesWireNamesIsoTimestampsAndOnlyTheListsTheResponseCarried() {
    DescribeServicesResponse response =
        DescribeServicesResponse.builder()
            .services(
                Service.builder()
                    .serviceName("web")
                    .loadBalancers(List.of())
                    .deployments(
                        Deployment.builder()
                            .id("ecs-svc/1")
                            .rolloutState("FAILED")
                            .createdAt(Instant.parse("2026-03-02T10:00:04.548123Z"))
                            .updatedAt(Instant.parse("2026-03-02T10:00:05Z"))
                            .build())
                    .build())
            .build();

    JsonNode json = SdkJson.write(response);

    JsonNode service = json.path("services").get(0);
    assertThat(service.path("serviceName").asText()).isEqualTo("web");
    assertThat(service.has("loadBalancers")).as("an empty list that was sent stays").isTrue();
    assertThat(service.has("serviceRegistries")).as("a list never sent is left out").isFalse();
    assertThat(json.has("failures")).isFalse();
    JsonNode deployment = service.path("deployments").get(0);
    assertThat(deployment.path("createdAt").asText()).isEqualTo("2026-03-02T10:00:04.548123+00:00");
    assertThat(deployment.path("updatedAt").asText()).isEqualTo("2026-03-02T10:00:05+00:00");
    assertThat(deployment.path("rolloutState").asText()).isEqualTo("FAILED");
  }

  @Test
  void readsCliInputJsonAndNamesTheMembersTheApiDoesNotHave() throws Exception {
    JsonNode input =
        Emulated.JSON.readTree(
            """
            {"family": "web", "cpu": 256, "memory": "512",
             "containerDefinitions": [{"name": "app", "image": "web:1", "memory": 128,
               "portMapings": [{"containerPort": 80}]}],
             "tags": [{"key": "team", "value": "payments"}]}
            """);
    List<String> unknown = new ArrayList<>();

    RegisterTaskDefinitionRequest request =
        SdkJson.read(input, RegisterTaskDefinitionRequest::builder, unknown);

    assertThat(unknown).containsExactly("/containerDefinitions/0/portMapings");
    assertThat(request.family()).isEqualTo("web");
    assertThat(request.cpu()).as("a number where the API takes a string").isEqualTo("256");
    assertThat(request.containerDefinitions().get(0).memory()).isEqualTo(128);
    assertThat(request.tags().get(0).value()).isEqualTo("payments");
    assertThat(SdkJson.write(request).path("containerDefinitions").get(0).path("image").asText())
        .isEqualTo("web:1");
  }
}
