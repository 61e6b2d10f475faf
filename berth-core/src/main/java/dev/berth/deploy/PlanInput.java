package dev.berth.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;

/**
 * What a plan is made from: the user's task definition (register input) and service (create-service
 * input), and what AWS has now. {@code runningTaskDefinition} is describe-task-definition output
 * for the revision the live service runs, {@code latestRevision} the same for the family's newest
 * ACTIVE revision; {@code liveService} one entry of describe-services' {@code services}.
 */
public record PlanInput(
    JsonNode taskDefinition,
    JsonNode serviceDefinition,
    Optional<JsonNode> liveService,
    Optional<JsonNode> runningTaskDefinition,
    Optional<JsonNode> latestRevision,
    boolean forceNewDeployment,
    boolean deregisterPrevious) {}
