package dev.berth.diagnose;

import java.util.Arrays;
import java.util.Optional;

/**
 * The files a snapshot directory may hold: one per AWS CLI call, named after the call, holding
 * exactly what {@code aws SERVICE CALL --output json} prints. A call made more than once (one
 * target group each, running and stopped tasks) is saved as {@code CALL.QUALIFIER.json}; for the
 * target-group calls the qualifier is the target group's name. See docs/snapshots.md.
 */
public enum SnapshotFile {
  DESCRIBE_SERVICES("describe-services", "services", "aws ecs describe-services"),
  DESCRIBE_TASKS("describe-tasks", "tasks", "aws ecs describe-tasks"),
  DESCRIBE_TASK_DEFINITION(
      "describe-task-definition", "taskDefinition", "aws ecs describe-task-definition"),
  DESCRIBE_TARGET_GROUPS(
      "describe-target-groups", "TargetGroups", "aws elbv2 describe-target-groups"),
  DESCRIBE_TARGET_GROUP_ATTRIBUTES(
      "describe-target-group-attributes",
      "Attributes",
      "aws elbv2 describe-target-group-attributes"),
  DESCRIBE_TARGET_HEALTH(
      "describe-target-health", "TargetHealthDescriptions", "aws elbv2 describe-target-health"),
  DESCRIBE_LOAD_BALANCERS(
      "describe-load-balancers", "LoadBalancers", "aws elbv2 describe-load-balancers"),
  DESCRIBE_SUBNETS("describe-subnets", "Subnets", "aws ec2 describe-subnets"),
  DESCRIBE_ROUTE_TABLES("describe-route-tables", "RouteTables", "aws ec2 describe-route-tables"),
  DESCRIBE_VPC_ENDPOINTS(
      "describe-vpc-endpoints", "VpcEndpoints", "aws ec2 describe-vpc-endpoints"),
  DESCRIBE_SECURITY_GROUPS(
      "describe-security-groups", "SecurityGroups", "aws ec2 describe-security-groups"),
  GET_ACCOUNT_AUTHORIZATION_DETAILS(
      "get-account-authorization-details",
      "RoleDetailList",
      "aws iam get-account-authorization-details");

  private final String call;
  private final String topLevelKey;
  private final String command;

  SnapshotFile(String call, String topLevelKey, String command) {
    this.call = call;
    this.topLevelKey = topLevelKey;
    this.command = command;
  }

  /** The file name for a call made once: {@code describe-services.json}. */
  public String fileName() {
    return call + ".json";
  }

  /** The member every output of this call has at its top level. */
  public String topLevelKey() {
    return topLevelKey;
  }

  /** The AWS CLI command whose output the file holds. */
  public String command() {
    return command;
  }

  /**
   * The call a file name stands for, and its qualifier: {@code describe-tasks.json} and {@code
   * describe-tasks.stopped.json} are both DESCRIBE_TASKS.
   */
  public static Optional<Named> parse(String fileName) {
    if (!fileName.endsWith(".json")) {
      return Optional.empty();
    }
    String stem = fileName.substring(0, fileName.length() - ".json".length());
    return Arrays.stream(values())
        .filter(f -> stem.equals(f.call) || stem.startsWith(f.call + "."))
        .findFirst()
        .map(f -> new Named(f, stem.equals(f.call) ? "" : stem.substring(f.call.length() + 1)));
  }

  /** A snapshot file's call and its qualifier ("" when there is none). */
  public record Named(SnapshotFile file, String qualifier) {}
}
