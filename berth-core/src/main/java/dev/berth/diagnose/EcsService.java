package dev.berth.diagnose;

import dev.berth.source.ObjectNode;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** A service as {@code aws ecs describe-services} prints it. */
record EcsService(ObjectNode node) {

  String name() {
    return Json.text(node, "serviceName").orElse("(unnamed service)");
  }

  Optional<ObjectNode> awsvpcConfiguration() {
    return node.object("networkConfiguration").flatMap(n -> n.object("awsvpcConfiguration"));
  }

  List<String> subnets() {
    return awsvpcConfiguration().map(a -> Json.strings(a, "subnets")).orElse(List.of());
  }

  List<String> securityGroups() {
    return awsvpcConfiguration().map(a -> Json.strings(a, "securityGroups")).orElse(List.of());
  }

  /** assignPublicIp as written; ECS's default is DISABLED. */
  String assignPublicIp() {
    return awsvpcConfiguration().flatMap(a -> Json.text(a, "assignPublicIp")).orElse("DISABLED");
  }

  /** True when the tasks run on Fargate, by launch type or capacity provider. */
  boolean onFargate() {
    if (Json.text(node, "launchType").map("FARGATE"::equals).orElse(false)) {
      return true;
    }
    return Json.objects(node, "capacityProviderStrategy")
        .flatMap(s -> Json.text(s, "capacityProvider").stream())
        .anyMatch(p -> p.startsWith("FARGATE"));
  }

  Stream<ObjectNode> loadBalancers() {
    return Json.objects(node, "loadBalancers");
  }

  Stream<ObjectNode> deployments() {
    return Json.objects(node, "deployments");
  }

  Stream<ObjectNode> events() {
    return Json.objects(node, "events");
  }

  Optional<ObjectNode> circuitBreaker() {
    return node.object("deploymentConfiguration")
        .flatMap(c -> c.object("deploymentCircuitBreaker"));
  }
}
