package dev.berth.aws;

import static dev.berth.aws.Emulated.SERVICE_DEFINITION;
import static dev.berth.aws.Emulated.TASK_DEFINITION;
import static dev.berth.aws.Emulated.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.berth.deploy.Change;
import dev.berth.deploy.Plan;
import dev.berth.deploy.PlanInput;
import dev.berth.deploy.PlanStep;
import dev.berth.deploy.Planner;
import dev.berth.deploy.RolloutObservation;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

@ExtendWith(MotoServer.class)
class EcsAgainstMotoTest {

  private AwsClients clients;
  private EcsCollector collector;
  private Deployer deployer;
  private final List<String> debugLog = new ArrayList<>();

  @BeforeEach
  void connect(URI moto) {
    clients = AwsClients.connect(Emulated.settings(moto).withDebugLog(debugLog::add));
    clients.ecs().createCluster(r -> r.clusterName("prod"));
    collector = new EcsCollector(clients.ecs(), new Snapshot());
    deployer = new Deployer(clients.ecs());
  }

  @AfterEach
  void close() {
    clients.close();
  }

  private Plan plan(JsonNode taskDefinition, JsonNode service) {
    Optional<JsonNode> live = collector.liveService("prod", service.path("serviceName").asText());
    Optional<JsonNode> running =
        live.map(s -> collector.describeTaskDefinition(s.path("taskDefinition").asText()));
    return Planner.plan(
        new PlanInput(
            taskDefinition,
            service,
            live,
            running,
            collector.latestRevision(taskDefinition.path("family").asText()),
            false,
            false));
  }

  private Optional<StartedDeployment> deploy(JsonNode taskDefinition, JsonNode service) {
    return deployer.apply(plan(taskDefinition, service), "prod", taskDefinition, service);
  }

  private List<String> revisions() {
    return clients.ecs().listTaskDefinitions(r -> r.familyPrefix("web")).taskDefinitionArns();
  }

  @Test
  void firstDeploymentRegistersAndCreatesTheService() {
    Plan plan = plan(json(TASK_DEFINITION), json(SERVICE_DEFINITION));
    assertThat(plan.steps())
        .extracting(PlanStep::kind)
        .containsExactly(PlanStep.Kind.REGISTER_TASK_DEFINITION, PlanStep.Kind.CREATE_SERVICE);
    assertThat(plan.hasDestructiveSteps()).isFalse();

    StartedDeployment started =
        deployer.apply(plan, "prod", json(TASK_DEFINITION), json(SERVICE_DEFINITION)).orElseThrow();

    assertThat(started.taskDefinitionArn()).endsWith(":task-definition/web:1");
    assertThat(started.deploymentId()).get().asString().startsWith("ecs-svc/");
    JsonNode service = collector.liveService("prod", "web").orElseThrow();
    assertThat(service.path("status").asText()).isEqualTo("ACTIVE");
    assertThat(service.path("taskDefinition").asText()).isEqualTo(started.taskDefinitionArn());
    assertThat(service.path("desiredCount").asInt()).isEqualTo(2);
  }

  @Test
  void deployingTheSameFilesTwiceRegistersNoSecondRevision() {
    deploy(json(TASK_DEFINITION), json(SERVICE_DEFINITION)).orElseThrow();

    Plan again = plan(json(TASK_DEFINITION), json(SERVICE_DEFINITION));
    Optional<StartedDeployment> second =
        deployer.apply(again, "prod", json(TASK_DEFINITION), json(SERVICE_DEFINITION));

    assertThat(again.reusedTaskDefinition()).get().asString().endsWith("web:1");
    assertThat(again.isEmpty()).as("nothing to do: %s", again.steps()).isTrue();
    assertThat(again.taskDefinitionChanges()).isEmpty();
    assertThat(second).isEmpty();
    assertThat(revisions()).hasSize(1);
  }

  @Test
  void changedImageIsPlannedAsOneChangeAndDeployedAsTheNextRevision() {
    deploy(json(TASK_DEFINITION), json(SERVICE_DEFINITION)).orElseThrow();
    ObjectNode changed = (ObjectNode) json(TASK_DEFINITION);
    ((ObjectNode) changed.path("containerDefinitions").get(0))
        .put("image", "123456789012.dkr.ecr.us-east-1.amazonaws.com/web:1.1.0");

    Plan plan = plan(changed, json(SERVICE_DEFINITION));

    assertThat(plan.taskDefinitionChanges())
        .containsExactly(
            new Change(
                "containerDefinitions[app].image",
                Optional.of("123456789012.dkr.ecr.us-east-1.amazonaws.com/web:1.0.0"),
                Optional.of("123456789012.dkr.ecr.us-east-1.amazonaws.com/web:1.1.0")));
    assertThat(plan.steps())
        .extracting(PlanStep::kind)
        .containsExactly(PlanStep.Kind.REGISTER_TASK_DEFINITION, PlanStep.Kind.UPDATE_SERVICE);

    StartedDeployment started =
        deployer.apply(plan, "prod", changed, json(SERVICE_DEFINITION)).orElseThrow();
    assertThat(started.taskDefinitionArn()).endsWith("web:2");
    assertThat(collector.liveService("prod", "web").orElseThrow().path("taskDefinition").asText())
        .endsWith("web:2");
    assertThat(revisions()).hasSize(2);
  }

  @Test
  void serviceAttributeChangesArePlannedAndSecretValuesNeverShown() {
    deploy(json(TASK_DEFINITION), json(SERVICE_DEFINITION)).orElseThrow();
    ObjectNode service = (ObjectNode) json(SERVICE_DEFINITION);
    service.put("desiredCount", 4);
    ObjectNode taskDefinition = (ObjectNode) json(TASK_DEFINITION);
    ((ObjectNode) taskDefinition.path("containerDefinitions").get(0).path("environment").get(1))
        .put("value", "a-new-password-do-not-print");

    Plan plan = plan(taskDefinition, service);

    assertThat(plan.serviceChanges())
        .containsExactly(new Change("desiredCount", Optional.of("2"), Optional.of("4")));
    assertThat(plan.taskDefinitionChanges())
        .containsExactly(
            new Change(
                "containerDefinitions[app].environment[DB_PASSWORD].value",
                Optional.of("(redacted)"),
                Optional.of("(redacted)")));
    assertThat(plan.steps().get(1).summary()).contains("and set desiredCount");

    deployer.apply(plan, "prod", taskDefinition, service).orElseThrow();
    assertThat(collector.liveService("prod", "web").orElseThrow().path("desiredCount").asInt())
        .isEqualTo(4);
    assertThat(String.join("\n", debugLog))
        .as("the --debug log shows the calls but no secret value")
        .contains("ecs:RegisterTaskDefinition", "ecs:UpdateService", "DB_PASSWORD")
        .doesNotContain("hunter2", "a-new-password");
  }

  @Test
  void snapshotIsSavedInTheCliShapeAndReadsBackIntoTheTracker(@TempDir Path directory)
      throws Exception {
    StartedDeployment started =
        deploy(json(TASK_DEFINITION), json(SERVICE_DEFINITION)).orElseThrow();
    collector.describeTaskDefinition(started.taskDefinitionArn());
    RolloutObservation observed = collector.observe("prod", "web", Instant.now());

    collector.snapshot().save(directory);

    assertThat(Files.list(directory).map(p -> p.getFileName().toString()))
        .contains(
            "describe-services.json",
            "describe-task-definition.json",
            "list-tasks.stopped.json",
            "describe-tasks.stopped.json");
    String text = Files.readString(directory.resolve("describe-services.json"));
    assertThat(text).startsWith("{\n    \"services\": [\n").contains("\"serviceName\": \"web\"");
    JsonNode reread = Emulated.JSON.readTree(text);
    assertThat(reread).isEqualTo(observed.describeServices());
    assertThat(reread.path("services").get(0).path("deployments").get(0).path("createdAt").asText())
        .matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d{6})?\\+00:00");
    JsonNode taskDefinition =
        Emulated.JSON.readTree(directory.resolve("describe-task-definition.json").toFile());
    assertThat(taskDefinition.path("taskDefinition").path("revision").asInt()).isEqualTo(1);
    assertThat(
            Planner.plan(
                    new PlanInput(
                        json(TASK_DEFINITION),
                        json(SERVICE_DEFINITION),
                        Optional.of(reread.path("services").get(0)),
                        Optional.of(taskDefinition),
                        Optional.of(taskDefinition),
                        false,
                        false))
                .isEmpty())
        .as("a plan made from the saved snapshot sees nothing to do")
        .isTrue();
  }
}
