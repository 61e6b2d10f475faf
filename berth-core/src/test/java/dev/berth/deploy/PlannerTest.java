package dev.berth.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PlannerTest {

  private static final String REGISTER_INPUT =
      """
      {"family": "web", "networkMode": "awsvpc", "cpu": 256, "memory": "512",
       "requiresCompatibilities": ["FARGATE"],
       "containerDefinitions": [{
         "name": "app", "image": "web:1", "essential": true,
         "portMappings": [{"containerPort": 8080, "protocol": "tcp"}],
         "environment": [{"name": "B", "value": "2"}, {"name": "A", "value": "1"},
                         {"name": "STRIPE_API_KEY", "value": "sk_live_do_not_print"}],
         "secrets": [{"name": "DB_PASSWORD",
                      "valueFrom": "arn:aws:ssm:eu-west-1:123456789012:parameter/db"}]}]}
      """;

  /** What describe-task-definition returns for REGISTER_INPUT: defaults filled in, lists kept. */
  private static final String DESCRIBED =
      """
      {"taskDefinition": {
        "taskDefinitionArn": "arn:aws:ecs:eu-west-1:123456789012:task-definition/web:7",
        "family": "web", "revision": 7, "status": "ACTIVE", "networkMode": "awsvpc",
        "cpu": "256", "memory": "512", "requiresCompatibilities": ["FARGATE"],
        "compatibilities": ["EC2", "FARGATE"], "volumes": [], "placementConstraints": [],
        "registeredAt": "2026-03-01T10:00:00.000000+00:00",
        "containerDefinitions": [{
          "name": "app", "image": "web:1", "cpu": 0, "essential": true,
          "portMappings": [{"containerPort": 8080, "hostPort": 8080, "protocol": "tcp"}],
          "environment": [{"name": "A", "value": "1"}, {"name": "B", "value": "2"},
                          {"name": "STRIPE_API_KEY", "value": "sk_live_do_not_print"}],
          "secrets": [{"name": "DB_PASSWORD",
                       "valueFrom": "arn:aws:ssm:eu-west-1:123456789012:parameter/db"}],
          "mountPoints": [], "volumesFrom": [], "systemControls": []}]}}
      """;

  private static final String LIVE_SERVICE =
      """
      {"serviceName": "web", "status": "ACTIVE", "desiredCount": 2, "launchType": "FARGATE",
       "schedulingStrategy": "REPLICA",
       "taskDefinition": "arn:aws:ecs:eu-west-1:123456789012:task-definition/web:7",
       "loadBalancers": [{"targetGroupArn": "arn:aws:elasticloadbalancing:eu-west-1:123456789012:targetgroup/blue/1",
                          "containerName": "app", "containerPort": 8080}],
       "networkConfiguration": {"awsvpcConfiguration": {
          "subnets": ["subnet-b", "subnet-a"], "securityGroups": ["sg-1"],
          "assignPublicIp": "DISABLED"}},
       "deploymentConfiguration": {"maximumPercent": 200, "minimumHealthyPercent": 100,
          "deploymentCircuitBreaker": {"enable": true, "rollback": true}, "strategy": "ROLLING"},
       "deployments": [{"id": "ecs-svc/1", "status": "PRIMARY"}]}
      """;

  private static JsonNode json(String text) {
    return RecordedSequence.parse(text);
  }

  private static Plan plan(String taskDefinition, String service) {
    return Planner.plan(
        new PlanInput(
            json(taskDefinition),
            json(service),
            Optional.of(json(LIVE_SERVICE)),
            Optional.of(json(DESCRIBED)),
            Optional.of(json(DESCRIBED)),
            false,
            false));
  }

  @Test
  void registerInputEqualsItsDescribedRevisionDespiteDefaultsAndOrder() {
    assertThat(TaskDefinitionNormaliser.normalise(json(REGISTER_INPUT)))
        .isEqualTo(TaskDefinitionNormaliser.normalise(json(DESCRIBED)));
  }

  @Test
  void unchangedFilesAndAServiceThatMatchesPlanNothing() {
    Plan plan =
        plan(
            REGISTER_INPUT,
            """
            {"serviceName": "web", "desiredCount": 2, "launchType": "FARGATE",
             "networkConfiguration": {"awsvpcConfiguration": {
               "subnets": ["subnet-a", "subnet-b"], "securityGroups": ["sg-1"]}},
             "deploymentConfiguration": {"deploymentCircuitBreaker": {"enable": true,
               "rollback": true}}}
            """);

    assertThat(plan.isEmpty()).as("steps: %s", plan.steps()).isTrue();
    assertThat(plan.reusedTaskDefinition())
        .contains("arn:aws:ecs:eu-west-1:123456789012:task-definition/web:7");
  }

  @Test
  void secretValuesAreRedactedAndSecretsShownByReference() {
    String changed =
        REGISTER_INPUT
            .replace("sk_live_do_not_print", "sk_live_new_do_not_print")
            .replace("parameter/db", "parameter/db-v2");

    Plan plan = plan(changed, "{\"serviceName\": \"web\"}");

    assertThat(plan.taskDefinitionChanges())
        .extracting(Change::path, Change::before, Change::after)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple(
                "containerDefinitions[app].environment[STRIPE_API_KEY].value",
                Optional.of("(redacted)"),
                Optional.of("(redacted)")),
            org.assertj.core.groups.Tuple.tuple(
                "containerDefinitions[app].secrets[DB_PASSWORD].valueFrom",
                Optional.of("arn:aws:ssm:eu-west-1:123456789012:parameter/db"),
                Optional.of("arn:aws:ssm:eu-west-1:123456789012:parameter/db-v2")));
    assertThat(plan.toString()).doesNotContain("sk_live");
    assertThat(plan.steps())
        .extracting(PlanStep::kind)
        .containsExactly(PlanStep.Kind.REGISTER_TASK_DEFINITION, PlanStep.Kind.UPDATE_SERVICE);
  }

  @Test
  void loadBalancerAndNetworkChangesAreDestructive() {
    Plan plan =
        plan(
            REGISTER_INPUT,
            """
            {"serviceName": "web",
             "loadBalancers": [{"targetGroupArn": "arn:aws:elasticloadbalancing:eu-west-1:123456789012:targetgroup/green/2",
                                "containerName": "app", "containerPort": 8080}],
             "networkConfiguration": {"awsvpcConfiguration": {
               "subnets": ["subnet-c"], "securityGroups": ["sg-1"]}}}
            """);

    assertThat(plan.steps())
        .extracting(PlanStep::kind)
        .containsExactly(
            PlanStep.Kind.UPDATE_SERVICE,
            PlanStep.Kind.CHANGE_LOAD_BALANCERS,
            PlanStep.Kind.CHANGE_NETWORK_CONFIGURATION);
    assertThat(plan.destructiveSteps()).hasSize(2);
    assertThat(plan.serviceChanges())
        .extracting(Change::path)
        .containsExactly("loadBalancers", "networkConfiguration.awsvpcConfiguration.subnets");
  }

  @Test
  void changingTheLaunchTypeNeedsTheServiceReplaced() {
    Plan plan = plan(REGISTER_INPUT, "{\"serviceName\": \"web\", \"launchType\": \"EC2\"}");

    assertThat(plan.has(PlanStep.Kind.REPLACE_SERVICE)).isTrue();
    assertThat(plan.hasDestructiveSteps()).isTrue();
  }

  @Test
  void forceNewDeploymentAndDeregisteringThePreviousRevisionAreDestructive() {
    Plan plan =
        Planner.plan(
            new PlanInput(
                json(REGISTER_INPUT.replace("web:1", "web:2")),
                json("{\"serviceName\": \"web\"}"),
                Optional.of(json(LIVE_SERVICE)),
                Optional.of(json(DESCRIBED)),
                Optional.of(json(DESCRIBED)),
                true,
                true));

    assertThat(plan.steps())
        .extracting(PlanStep::kind)
        .containsExactly(
            PlanStep.Kind.REGISTER_TASK_DEFINITION,
            PlanStep.Kind.UPDATE_SERVICE,
            PlanStep.Kind.FORCE_NEW_DEPLOYMENT,
            PlanStep.Kind.DEREGISTER_REVISION);
    assertThat(plan.steps().get(3).summary()).contains("web:7");
  }

  @Test
  void aNewServiceIsCreatedAndItsTaskDefinitionShownMemberByMember() {
    Plan plan =
        Planner.plan(
            new PlanInput(
                json(REGISTER_INPUT),
                json("{\"serviceName\": \"web\"}"),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                false,
                false));

    assertThat(plan.steps())
        .extracting(PlanStep::kind)
        .containsExactly(PlanStep.Kind.REGISTER_TASK_DEFINITION, PlanStep.Kind.CREATE_SERVICE);
    assertThat(plan.taskDefinitionChanges())
        .allMatch(Change::isAddition)
        .extracting(Change::path)
        .contains("containerDefinitions[app].image", "family", "cpu");
  }
}
