package dev.berth.aws;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.Optional;

/**
 * What a create-service or update-service call started: the task definition the service now runs,
 * the new PRIMARY deployment's id, and when ECS created it (AWS's clock).
 */
public record StartedDeployment(
    String taskDefinitionArn, Optional<String> deploymentId, Instant startedAt, JsonNode service) {}
