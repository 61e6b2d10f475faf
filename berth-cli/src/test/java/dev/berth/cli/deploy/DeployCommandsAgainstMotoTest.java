package dev.berth.cli.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.cli.BerthCommand;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** berth plan, deploy, status and rollback run as a user runs them, against the moto emulator. */
@ExtendWith(dev.berth.aws.MotoServer.class)
class DeployCommandsAgainstMotoTest {

  private static final String TASK_DEFINITION =
      """
      {
        "family": "web",
        "networkMode": "awsvpc",
        "requiresCompatibilities": ["FARGATE"],
        "cpu": "256",
        "memory": "512",
        "executionRoleArn": "arn:aws:iam::123456789012:role/ecsTaskExecutionRole",
        "containerDefinitions": [{
          "name": "app",
          "image": "123456789012.dkr.ecr.us-east-1.amazonaws.com/web:IMAGE_TAG",
          "portMappings": [{"containerPort": 8080}],
          "environment": [{"name": "DB_PASSWORD", "value": "hunter2-never-printed"}],
          "logConfiguration": {"logDriver": "awslogs", "options": {
            "awslogs-group": "/ecs/web", "awslogs-region": "us-east-1",
            "awslogs-stream-prefix": "web"}}
        }]
      }
      """;

  @TempDir Path files;
  private URI endpoint;

  /** What a run printed and how it exited. */
  record Run(int exit, String out, String err) {}

  @BeforeEach
  void cluster(URI moto) throws Exception {
    endpoint = moto;
    System.setProperty("aws.accessKeyId", "testing");
    System.setProperty("aws.secretAccessKey", "testing");
    try (var clients =
        dev.berth.aws.AwsClients.connect(
            dev.berth.aws.AwsSettings.defaults().withEndpoint(moto).withRegion("us-east-1"))) {
      clients.ecs().createCluster(r -> r.clusterName("prod"));
    }
    write("1.0.0", "{\"serviceName\": \"web\", \"desiredCount\": 2, \"launchType\": \"FARGATE\"}");
  }

  private void write(String imageTag, String service) throws Exception {
    Files.writeString(files.resolve("td.json"), TASK_DEFINITION.replace("IMAGE_TAG", imageTag));
    Files.writeString(files.resolve("svc.json"), service);
  }

  private Run berth(String... args) {
    List<String> all = new ArrayList<>(List.of(args));
    all.addAll(List.of("--region", "us-east-1", "--endpoint-url", endpoint.toString()));
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine commandLine = BerthCommand.commandLine();
    commandLine.setOut(new PrintWriter(out, true));
    commandLine.setErr(new PrintWriter(err, true));
    int exit = commandLine.execute(all.toArray(String[]::new));
    return new Run(exit, out.toString(), err.toString());
  }

  private Run deploy(String... extra) {
    List<String> args =
        new ArrayList<>(
            List.of(
                "deploy",
                "--cluster",
                "prod",
                "--task-definition",
                files.resolve("td.json").toString(),
                "--service-definition",
                files.resolve("svc.json").toString()));
    args.addAll(List.of(extra));
    return berth(args.toArray(String[]::new));
  }

  @Test
  void planShowsTheStepsOfAFirstDeploymentAndChangesNothing() {
    Run plan =
        berth(
            "plan",
            "--cluster",
            "prod",
            "--task-definition",
            files.resolve("td.json").toString(),
            "--service-definition",
            files.resolve("svc.json").toString());

    assertThat(plan.exit()).as(plan.err()).isZero();
    assertThat(plan.out())
        .contains(
            "1. [safe] register a new revision of task definition family web",
            "2. [safe] create service web running the new revision of web",
            "+ containerDefinitions[app].environment[DB_PASSWORD].value: (redacted)")
        .doesNotContain("hunter2");
    assertThat(berth("status", "--cluster", "prod", "--service", "web").exit())
        .as("no service was created")
        .isEqualTo(3);
  }

  @Test
  void deployTwiceRegistersOnceAndTheSecondRunHasNothingToDo() {
    Run first = deploy("--no-wait");
    Run second = deploy("--no-wait");

    assertThat(first.exit()).as(first.err()).isZero();
    assertThat(first.out()).contains("Registered web:1; created service web (deployment ecs-svc/");
    assertThat(second.exit()).isZero();
    assertThat(second.out())
        .contains("Nothing to do: the service already runs what the files say.")
        .doesNotContain("Registered");
  }

  @Test
  void diagnoseLiveReadsTheSameFilesASnapshotHolds(@TempDir Path saved) {
    assertThat(deploy("--no-wait").exit()).isZero();

    Run live =
        berth(
            "diagnose",
            "--cluster",
            "prod",
            "--service",
            "web",
            "--save-snapshot",
            saved.toString());
    Run offline = berth("diagnose", "--snapshot", saved.toString());

    assertThat(live.exit()).as(live.err()).isZero();
    assertThat(live.out()).startsWith("Service web ACTIVE").doesNotContain("hunter2");
    assertThat(saved.resolve("describe-services.json")).exists();
    assertThat(offline.out().lines().findFirst()).isEqualTo(live.out().lines().findFirst());
  }

  @Test
  void diagnoseWantsASnapshotOrAServiceButNotBoth() {
    Run neither = berth("diagnose");
    Run both = berth("diagnose", "--snapshot", files.toString(), "--cluster", "prod");

    assertThat(neither.exit()).isEqualTo(2);
    assertThat(neither.err()).contains("give either --snapshot DIR, or --cluster and --service");
    assertThat(both.exit()).isEqualTo(2);
  }

  @Test
  void diagnoseOfAMissingServiceIsAnAwsRefusal() {
    Run run = berth("diagnose", "--cluster", "prod", "--service", "nope");

    assertThat(run.exit()).isEqualTo(3);
    assertThat(run.err()).contains("service nope is not in cluster prod");
  }

  @Test
  void watchingARolloutThatNeverFinishesTimesOutWithExit3(@TempDir Path snapshot) {
    Run run =
        deploy(
            "--timeout", "1s", "--poll-interval", "200ms", "--save-snapshot", snapshot.toString());

    assertThat(run.exit()).isEqualTo(3);
    assertThat(run.out())
        .contains("tasks: new PRIMARY web:1: 0/2 running, 2 pending")
        .contains("Deployment TIMED OUT: not finished after 1s")
        .contains("the deployment is still running in ECS");
    assertThat(snapshot.resolve("describe-task-definition.json"))
        .as("a failed deployment saves what diagnosis needs")
        .isRegularFile();
    assertThat(snapshot.resolve("get-account-authorization-details.json")).isRegularFile();
    assertThat(snapshot.resolve("describe-tasks.stopped.json")).isRegularFile();
  }

  @Test
  void destructiveStepsAreRefusedWithoutATerminalUnlessYesIsGiven() throws Exception {
    deploy("--no-wait");
    write("1.1.0", "{\"serviceName\": \"web\", \"desiredCount\": 2, \"launchType\": \"FARGATE\"}");

    Run refused = deploy("--no-wait", "--force-new-deployment");
    Run confirmed = deploy("--no-wait", "--force-new-deployment", "--yes");

    assertThat(refused.exit()).isEqualTo(2);
    assertThat(refused.err()).contains("destructive steps (force-new-deployment)", "--yes");
    assertThat(refused.out()).doesNotContain("Registered");
    assertThat(confirmed.exit()).as(confirmed.err()).isZero();
    assertThat(confirmed.out())
        .contains("[DESTRUCTIVE] force a new deployment")
        .contains("Registered web:2; updated service web");
  }

  @Test
  void dryRunPrintsThePlanAndRegistersNothing() {
    Run dryRun = deploy("--dry-run");
    Run real = deploy("--no-wait");

    assertThat(dryRun.out()).contains("Dry run: nothing was changed.");
    assertThat(real.out()).as("the dry run registered nothing").contains("Registered web:1");
  }

  @Test
  void rollbackGoesBackToThePreviousRevisionAndStatusShowsIt() throws Exception {
    deploy("--no-wait");
    write("1.1.0", "{\"serviceName\": \"web\", \"desiredCount\": 2, \"launchType\": \"FARGATE\"}");
    deploy("--no-wait");

    Run rollback = berth("rollback", "--cluster", "prod", "--service", "web", "--no-wait");
    Run status = berth("status", "--cluster", "prod", "--service", "web");

    assertThat(rollback.exit()).as(rollback.err()).isZero();
    assertThat(rollback.out()).contains("Rolling back service web from web:2 to web:1");
    assertThat(status.exit()).isZero();
    assertThat(status.out())
        .contains("Service web (ACTIVE) in prod: web:1")
        .contains(" 2 desired")
        .contains("PRIMARY ecs-svc/");
  }

  @Test
  void saveSnapshotWritesTheResponsesAndDebugRedactsSecrets(@TempDir Path snapshot) {
    Run run = deploy("--no-wait", "--debug", "--save-snapshot", snapshot.toString());

    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(snapshot.resolve("describe-services.json")).isRegularFile();
    assertThat(run.err())
        .contains("aws: -> ecs:RegisterTaskDefinition", "aws: -> ecs:CreateService")
        .doesNotContain("hunter2");
  }

  @Test
  void aSavedSnapshotPlansAndShowsStatusOffline(@TempDir Path snapshot) throws Exception {
    deploy("--no-wait");
    berth(
        "status", "--cluster", "prod", "--service", "web", "--save-snapshot", snapshot.toString());
    write("1.1.0", "{\"serviceName\": \"web\", \"desiredCount\": 2, \"launchType\": \"FARGATE\"}");

    Run plan =
        offline(
            "plan",
            "--snapshot",
            snapshot.toString(),
            "--task-definition",
            files.resolve("td.json").toString(),
            "--service-definition",
            files.resolve("svc.json").toString());
    Run status = offline("status", "--snapshot", snapshot.toString(), "--service", "web");

    assertThat(plan.exit()).as(plan.err()).isZero();
    assertThat(plan.out())
        .contains(
            "~ containerDefinitions[app].image: 123456789012.dkr.ecr.us-east-1.amazonaws.com/web:1.0.0 -> ")
        .contains("2. [safe] update service web to the new revision of web");
    assertThat(status.exit()).as(status.err()).isZero();
    assertThat(status.out())
        .contains("Service web (ACTIVE)")
        .contains("container app: 123456789012.dkr.ecr.us-east-1.amazonaws.com/web:1.0.0")
        .contains("PRIMARY ecs-svc/");
  }

  /** A run with no AWS endpoint at all: nothing may be called. */
  private Run offline(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine commandLine = BerthCommand.commandLine();
    commandLine.setOut(new PrintWriter(out, true));
    commandLine.setErr(new PrintWriter(err, true));
    int exit = commandLine.execute(args);
    return new Run(exit, out.toString(), err.toString());
  }

  @Test
  void anErrorFindingStopsBeforeAws() throws Exception {
    Files.writeString(
        files.resolve("td.json"),
        TASK_DEFINITION
            .replace("IMAGE_TAG", "1")
            .replace("\"awslogs-region\": \"us-east-1\",", ""));

    Run run = deploy("--no-wait");

    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.out()).contains("td.json:").contains("awslogs-region");
    assertThat(run.err()).contains("nothing was sent to AWS");
  }

  @Test
  void anUnreadableServiceFileNamesTheLineAndColumn() throws Exception {
    Files.writeString(files.resolve("svc.json"), "{\n  \"serviceName\": \"web\",\n}\n");

    Run run = deploy("--no-wait");

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.out()).containsPattern("svc\\.json:3:\\d+: error ");
  }

  @Test
  void awsRefusalsExit3WithTheFix() {
    Run run =
        berth(
            "plan",
            "--cluster",
            "no-such-cluster",
            "--task-definition",
            files.resolve("td.json").toString(),
            "--service-definition",
            files.resolve("svc.json").toString());

    assertThat(run.exit()).isEqualTo(3);
    assertThat(run.err())
        .contains("ecs:DescribeServices failed: ClusterNotFoundException")
        .contains("fix: no such cluster");
  }
}
