package dev.berth.aws;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.berth.deploy.Planner;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.ec2.model.Filter;
import software.amazon.awssdk.services.ecs.model.DesiredStatus;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.model.AttachedPolicy;
import software.amazon.awssdk.services.iam.model.ManagedPolicyDetail;
import software.amazon.awssdk.services.iam.model.Policy;
import software.amazon.awssdk.services.iam.model.PolicyDetail;
import software.amazon.awssdk.services.iam.model.PolicyVersion;
import software.amazon.awssdk.services.iam.model.Role;
import software.amazon.awssdk.services.iam.model.RoleDetail;

/**
 * Collects everything berth's diagnosis reads about one service, as docs/snapshots.md lists it: the
 * service, its running and stopped tasks, the task definitions in use, its target groups and load
 * balancers, its subnets, route tables, VPC endpoints and security groups, and the task and
 * execution roles. Every file is optional: a call AWS refuses (an IAM permission the caller lacks)
 * is noted in the snapshot and the rest is still collected.
 */
public final class ServiceSnapshotCollector {

  private final AwsClients clients;
  private final Snapshot snapshot;
  private final List<String> skipped = new ArrayList<>();

  public ServiceSnapshotCollector(AwsClients clients, Snapshot snapshot) {
    this.clients = clients;
    this.snapshot = snapshot;
  }

  /** The calls that were refused, each with AWS's reason; their files are missing. */
  public List<String> skipped() {
    return List.copyOf(skipped);
  }

  /** Collects the service's snapshot; fails only when the service itself cannot be read. */
  public Snapshot collect(String cluster, String service) {
    EcsCollector ecs = new EcsCollector(clients.ecs(), snapshot);
    JsonNode described =
        ecs.liveService(cluster, service)
            .orElseThrow(
                () ->
                    new AwsRefusal(
                        "ecs:DescribeServices",
                        "ServiceNotFoundException",
                        "service " + service + " is not in cluster " + cluster,
                        "check --cluster, --service, --region and --profile",
                        false,
                        null));

    tasks(cluster, service, DesiredStatus.RUNNING, "running");
    tasks(cluster, service, DesiredStatus.STOPPED, "stopped");
    List<JsonNode> taskDefinitions = taskDefinitions(described);
    targetGroups(described);
    network(described);
    roles(taskDefinitions);
    return snapshot;
  }

  private void tasks(String cluster, String service, DesiredStatus status, String qualifier) {
    JsonNode listed =
        optional(
            "list-tasks." + qualifier,
            () ->
                clients
                    .ecs()
                    .listTasks(r -> r.cluster(cluster).serviceName(service).desiredStatus(status)));
    List<String> arns = texts(listed == null ? null : listed.path("taskArns"));
    if (arns.isEmpty()) {
      return;
    }
    List<String> batch = arns.subList(0, Math.min(100, arns.size()));
    optional(
        "describe-tasks." + qualifier,
        () -> clients.ecs().describeTasks(r -> r.cluster(cluster).tasks(batch)));
  }

  private List<JsonNode> taskDefinitions(JsonNode service) {
    Set<String> arns = new LinkedHashSet<>();
    arns.add(service.path("taskDefinition").asText());
    service.path("deployments").forEach(d -> arns.add(d.path("taskDefinition").asText()));
    arns.remove("");
    List<JsonNode> described = new ArrayList<>();
    for (String arn : arns) {
      String file =
          arns.size() == 1
              ? "describe-task-definition"
              : "describe-task-definition." + Planner.revisionName(arn).replace(':', '-');
      JsonNode taskDefinition =
          optional(file, () -> clients.ecs().describeTaskDefinition(r -> r.taskDefinition(arn)));
      if (taskDefinition != null) {
        described.add(taskDefinition);
      }
    }
    return described;
  }

  private void targetGroups(JsonNode service) {
    List<String> arns = new ArrayList<>();
    service
        .path("loadBalancers")
        .forEach(
            lb -> {
              String arn = lb.path("targetGroupArn").asText("");
              if (!arn.isEmpty() && !arns.contains(arn)) {
                arns.add(arn);
              }
            });
    if (arns.isEmpty()) {
      return;
    }
    JsonNode groups =
        optional(
            "describe-target-groups",
            () -> clients.elbv2().describeTargetGroups(r -> r.targetGroupArns(arns)));
    Set<String> loadBalancers = new LinkedHashSet<>();
    for (JsonNode group :
        groups == null ? JsonNodeFactory.instance.arrayNode() : groups.path("TargetGroups")) {
      String arn = group.path("TargetGroupArn").asText();
      String name = group.path("TargetGroupName").asText();
      optional(
          "describe-target-group-attributes." + name,
          () -> clients.elbv2().describeTargetGroupAttributes(r -> r.targetGroupArn(arn)));
      optional(
          "describe-target-health." + name,
          () -> clients.elbv2().describeTargetHealth(r -> r.targetGroupArn(arn)));
      loadBalancers.addAll(texts(group.path("LoadBalancerArns")));
    }
    if (!loadBalancers.isEmpty()) {
      optional(
          "describe-load-balancers",
          () -> clients.elbv2().describeLoadBalancers(r -> r.loadBalancerArns(loadBalancers)));
    }
  }

  private void network(JsonNode service) {
    JsonNode awsvpc = service.path("networkConfiguration").path("awsvpcConfiguration");
    List<String> subnets = texts(awsvpc.path("subnets"));
    List<String> securityGroups = texts(awsvpc.path("securityGroups"));
    if (!securityGroups.isEmpty()) {
      optional(
          "describe-security-groups",
          () -> clients.ec2().describeSecurityGroups(r -> r.groupIds(securityGroups)));
    }
    if (subnets.isEmpty()) {
      return;
    }
    JsonNode described =
        optional(
            "describe-subnets", () -> clients.ec2().describeSubnets(r -> r.subnetIds(subnets)));
    Set<String> vpcs = new LinkedHashSet<>();
    if (described != null) {
      described.path("Subnets").forEach(subnet -> vpcs.add(subnet.path("VpcId").asText()));
    }
    vpcs.remove("");
    if (vpcs.isEmpty()) {
      return;
    }
    Filter inVpc = Filter.builder().name("vpc-id").values(vpcs).build();
    optional(
        "describe-route-tables", () -> clients.ec2().describeRouteTables(r -> r.filters(inVpc)));
    optional(
        "describe-vpc-endpoints", () -> clients.ec2().describeVpcEndpoints(r -> r.filters(inVpc)));
  }

  /**
   * The task and execution roles in the shape of get-account-authorization-details, built from
   * per-role calls (get-role, the inline and attached policies, each attached policy's default
   * version): the whole account's authorization details can be large and are not needed.
   */
  private void roles(List<JsonNode> taskDefinitions) {
    Set<String> roleArns = new LinkedHashSet<>();
    for (JsonNode taskDefinition : taskDefinitions) {
      JsonNode body = taskDefinition.path("taskDefinition");
      roleArns.add(body.path("executionRoleArn").asText(""));
      roleArns.add(body.path("taskRoleArn").asText(""));
    }
    roleArns.remove("");
    if (roleArns.isEmpty()) {
      return;
    }
    IamClient iam = clients.iam();
    ObjectNode details = JsonNodeFactory.instance.objectNode();
    details.putArray("UserDetailList");
    details.putArray("GroupDetailList");
    ArrayNode roleList = details.putArray("RoleDetailList");
    ArrayNode policyList = details.putArray("Policies");
    Set<String> attached = new LinkedHashSet<>();
    for (String arn : roleArns) {
      String name = arn.substring(arn.lastIndexOf('/') + 1);
      try {
        Role role = iam.getRole(r -> r.roleName(name)).role();
        List<PolicyDetail> inline = new ArrayList<>();
        for (String policy : iam.listRolePoliciesPaginator(r -> r.roleName(name)).policyNames()) {
          inline.add(
              PolicyDetail.builder()
                  .policyName(policy)
                  .policyDocument(
                      iam.getRolePolicy(r -> r.roleName(name).policyName(policy)).policyDocument())
                  .build());
        }
        List<AttachedPolicy> policies = new ArrayList<>();
        iam.listAttachedRolePoliciesPaginator(r -> r.roleName(name))
            .attachedPolicies()
            .forEach(policies::add);
        policies.forEach(policy -> attached.add(policy.policyArn()));
        roleList.add(
            SdkJson.write(
                RoleDetail.builder()
                    .path(role.path())
                    .roleName(role.roleName())
                    .roleId(role.roleId())
                    .arn(role.arn())
                    .createDate(role.createDate())
                    .assumeRolePolicyDocument(role.assumeRolePolicyDocument())
                    .rolePolicyList(inline)
                    .attachedManagedPolicies(policies)
                    .build()));
      } catch (SdkException e) {
        skipped.add("role " + name + ": " + firstLine(AwsRefusal.of("iam:GetRole", e)));
      }
    }
    for (String policyArn : attached) {
      try {
        Policy policy = iam.getPolicy(r -> r.policyArn(policyArn)).policy();
        PolicyVersion version =
            iam.getPolicyVersion(r -> r.policyArn(policyArn).versionId(policy.defaultVersionId()))
                .policyVersion();
        policyList.add(
            SdkJson.write(
                ManagedPolicyDetail.builder()
                    .policyName(policy.policyName())
                    .policyId(policy.policyId())
                    .arn(policy.arn())
                    .path(policy.path())
                    .defaultVersionId(policy.defaultVersionId())
                    .isAttachable(policy.isAttachable())
                    .createDate(policy.createDate())
                    .updateDate(policy.updateDate())
                    .policyVersionList(version)
                    .build()));
      } catch (SdkException e) {
        skipped.add("policy " + policyArn + ": " + firstLine(AwsRefusal.of("iam:GetPolicy", e)));
      }
    }
    snapshot.record("get-account-authorization-details", details);
  }

  private static String firstLine(AwsRefusal refusal) {
    return refusal.getMessage().lines().findFirst().orElse("");
  }

  /** Records the response under {@code file}; on a refusal, notes it and returns null. */
  private JsonNode optional(String file, Supplier<? extends SdkPojo> call) {
    try {
      JsonNode response = SdkJson.write(call.get());
      snapshot.record(file, response);
      return response;
    } catch (SdkException e) {
      skipped.add(file + ": " + firstLine(AwsRefusal.of(file, e)));
      return null;
    }
  }

  private static List<String> texts(JsonNode array) {
    List<String> values = new ArrayList<>();
    if (array != null) {
      array.forEach(value -> values.add(value.asText()));
    }
    return values;
  }
}
