package dev.berth.diagnose;

import dev.berth.source.ObjectNode;
import java.util.List;
import java.util.Optional;

/** A task as {@code aws ecs describe-tasks} prints it, running or stopped. */
record EcsTask(ObjectNode node) {

  String id() {
    String arn = Json.text(node, "taskArn").orElse("(unknown task)");
    return arn.substring(arn.lastIndexOf('/') + 1);
  }

  boolean stopped() {
    return Json.text(node, "lastStatus").map("STOPPED"::equals).orElse(false)
        || node.scalar("stoppedReason").isPresent();
  }

  List<ObjectNode> containers() {
    return Json.objects(node, "containers").toList();
  }

  /** The subnet of the task's network interface, from its ENI attachment. */
  Optional<String> subnet() {
    return Json.objects(node, "attachments")
        .flatMap(a -> Json.objects(a, "details"))
        .filter(d -> Json.text(d, "name").map("subnetId"::equals).orElse(false))
        .flatMap(d -> Json.text(d, "value").stream())
        .findFirst();
  }

  Optional<String> taskDefinitionArn() {
    return Json.text(node, "taskDefinitionArn");
  }
}
