package dev.berth.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.Optional;

/**
 * What was seen at one moment: describe-services output, and where available describe-tasks output
 * for the service's recently stopped tasks and describe-service-deployments (or
 * list-service-deployments) output, each as the AWS CLI prints it.
 */
public record RolloutObservation(
    Instant at,
    JsonNode describeServices,
    Optional<JsonNode> describeTasks,
    Optional<JsonNode> serviceDeployments) {

  public static RolloutObservation of(Instant at, JsonNode describeServices) {
    return new RolloutObservation(at, describeServices, Optional.empty(), Optional.empty());
  }
}
