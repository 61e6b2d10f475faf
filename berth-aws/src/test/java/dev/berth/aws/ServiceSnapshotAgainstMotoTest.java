package dev.berth.aws;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.ecs.model.LoadBalancer;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.Action;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.ProtocolEnum;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.TargetTypeEnum;

/** A whole service's snapshot, collected from moto with a VPC, a load balancer and roles. */
@ExtendWith(MotoServer.class)
class ServiceSnapshotAgainstMotoTest {

  private AwsClients clients;

  @BeforeEach
  void connect(URI moto) {
    clients = AwsClients.connect(Emulated.settings(moto));
  }

  @AfterEach
  void close() {
    clients.close();
  }

  @Test
  void collectsEveryFileOfTheSnapshotFormat(@TempDir Path directory) throws Exception {
    String vpc = clients.ec2().createVpc(r -> r.cidrBlock("10.0.0.0/16")).vpc().vpcId();
    String subnet =
        clients
            .ec2()
            .createSubnet(r -> r.vpcId(vpc).cidrBlock("10.0.1.0/24").availabilityZone("us-east-1a"))
            .subnet()
            .subnetId();
    String other =
        clients
            .ec2()
            .createSubnet(r -> r.vpcId(vpc).cidrBlock("10.0.2.0/24").availabilityZone("us-east-1b"))
            .subnet()
            .subnetId();
    String group =
        clients
            .ec2()
            .createSecurityGroup(r -> r.groupName("web").description("web tasks").vpcId(vpc))
            .groupId();
    String balancer =
        clients
            .elbv2()
            .createLoadBalancer(r -> r.name("web").subnets(subnet, other).securityGroups(group))
            .loadBalancers()
            .get(0)
            .loadBalancerArn();
    String targetGroup =
        clients
            .elbv2()
            .createTargetGroup(
                r ->
                    r.name("web-tg")
                        .protocol(ProtocolEnum.HTTP)
                        .port(8080)
                        .vpcId(vpc)
                        .targetType(TargetTypeEnum.IP)
                        .healthCheckPath("/health"))
            .targetGroups()
            .get(0)
            .targetGroupArn();
    clients
        .elbv2()
        .createListener(
            r ->
                r.loadBalancerArn(balancer)
                    .protocol(ProtocolEnum.HTTP)
                    .port(80)
                    .defaultActions(
                        Action.builder().type("forward").targetGroupArn(targetGroup).build()));
    clients
        .iam()
        .createRole(
            r ->
                r.roleName("ecsTaskExecutionRole")
                    .assumeRolePolicyDocument(
                        "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\","
                            + "\"Principal\":{\"Service\":\"ecs-tasks.amazonaws.com\"},"
                            + "\"Action\":\"sts:AssumeRole\"}]}"));
    String pullPolicy =
        clients
            .iam()
            .createPolicy(
                r ->
                    r.policyName("pull-web")
                        .policyDocument(
                            "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\","
                                + "\"Action\":\"ecr:BatchGetImage\",\"Resource\":\"*\"}]}"))
            .policy()
            .arn();
    clients.iam().attachRolePolicy(r -> r.roleName("ecsTaskExecutionRole").policyArn(pullPolicy));
    clients
        .iam()
        .putRolePolicy(
            r ->
                r.roleName("ecsTaskExecutionRole")
                    .policyName("read-secret")
                    .policyDocument(
                        "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\","
                            + "\"Action\":\"secretsmanager:GetSecretValue\",\"Resource\":\"*\"}]}"));
    clients.ecs().createCluster(r -> r.clusterName("prod"));
    String taskDefinition =
        new Deployer(clients.ecs()).register(Emulated.json(Emulated.TASK_DEFINITION));
    clients
        .ecs()
        .createService(
            r ->
                r.cluster("prod")
                    .serviceName("web")
                    .taskDefinition(taskDefinition)
                    .desiredCount(1)
                    .launchType("FARGATE")
                    .loadBalancers(
                        LoadBalancer.builder()
                            .targetGroupArn(targetGroup)
                            .containerName("app")
                            .containerPort(8080)
                            .build())
                    .networkConfiguration(
                        n -> n.awsvpcConfiguration(a -> a.subnets(subnet).securityGroups(group))));

    ServiceSnapshotCollector collector = new ServiceSnapshotCollector(clients, new Snapshot());
    collector.collect("prod", "web").save(directory);

    Map<String, String> topLevel =
        Map.ofEntries(
            Map.entry("describe-services.json", "services"),
            Map.entry("describe-task-definition.json", "taskDefinition"),
            Map.entry("describe-target-groups.json", "TargetGroups"),
            Map.entry("describe-target-group-attributes.web-tg.json", "Attributes"),
            Map.entry("describe-target-health.web-tg.json", "TargetHealthDescriptions"),
            Map.entry("describe-load-balancers.json", "LoadBalancers"),
            Map.entry("describe-subnets.json", "Subnets"),
            Map.entry("describe-route-tables.json", "RouteTables"),
            Map.entry("describe-vpc-endpoints.json", "VpcEndpoints"),
            Map.entry("describe-security-groups.json", "SecurityGroups"),
            Map.entry("get-account-authorization-details.json", "RoleDetailList"));
    for (Map.Entry<String, String> file : topLevel.entrySet()) {
      Path path = directory.resolve(file.getKey());
      assertThat(path).as("%s (skipped: %s)", file.getKey(), collector.skipped()).isRegularFile();
      assertThat(Emulated.JSON.readTree(Files.readString(path)).has(file.getValue()))
          .as("%s has %s", file.getKey(), file.getValue())
          .isTrue();
    }
    JsonNode groups =
        Emulated.JSON.readTree(directory.resolve("describe-target-groups.json").toFile());
    assertThat(groups.path("TargetGroups").get(0).path("HealthCheckPath").asText())
        .isEqualTo("/health");
    JsonNode subnets = Emulated.JSON.readTree(directory.resolve("describe-subnets.json").toFile());
    assertThat(subnets.path("Subnets").get(0).path("VpcId").asText()).isEqualTo(vpc);
    JsonNode roles =
        Emulated.JSON.readTree(
            directory.resolve("get-account-authorization-details.json").toFile());
    JsonNode role = roles.path("RoleDetailList").get(0);
    assertThat(role.path("RoleName").asText()).isEqualTo("ecsTaskExecutionRole");
    assertThat(role.path("RolePolicyList").get(0).path("PolicyName").asText())
        .isEqualTo("read-secret");
    assertThat(role.path("AttachedManagedPolicies").get(0).path("PolicyArn").asText())
        .isEqualTo(pullPolicy);
    assertThat(
            roles
                .path("Policies")
                .get(0)
                .path("PolicyVersionList")
                .get(0)
                .path("Document")
                .asText())
        .contains("ecr:BatchGetImage");
    assertThat(collector.skipped()).isEmpty();
  }
}
