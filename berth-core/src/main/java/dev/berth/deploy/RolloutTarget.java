package dev.berth.deploy;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The deployment to follow: the service, the task definition it should end up running, the ECS
 * deployment id when the update-service response named it, when it started (AWS's clock, from that
 * response) and how long to wait for it.
 */
public record RolloutTarget(
    String serviceName,
    String taskDefinitionArn,
    Optional<String> deploymentId,
    Instant startedAt,
    Duration timeout) {}
