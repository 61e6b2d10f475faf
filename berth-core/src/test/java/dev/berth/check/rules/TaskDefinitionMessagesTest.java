package dev.berth.check.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.check.Checker;
import dev.berth.check.Finding;
import dev.berth.model.ApiType;
import dev.berth.model.ContainerDefinition;
import dev.berth.model.TaskDefinition;
import dev.berth.model.WorkloadReader;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What the task-definition rules say, beyond where they fire (the fixtures prove that): no value
 * that may be a secret is repeated, and each fix names what to write.
 */
class TaskDefinitionMessagesTest {

  // Assembled so that no scanner mistakes the test for a leaked key.
  private static final String STRIPE_LIKE = "sk_" + "live_" + "51HxAbCdEfGhIjKlMnOpQrStUv";

  private static List<Finding> check(String containerBody) {
    return checkTask(
        "\"requiresCompatibilities\": [\"FARGATE\"], \"networkMode\": \"awsvpc\", \"cpu\": \"256\","
            + " \"memory\": \"512\","
            + " \"executionRoleArn\": \"arn:aws:iam::123456789012:role/ecsTaskExecutionRole\","
            + " \"containerDefinitions\": [{\"name\": \"app\", \"image\":"
            + " \"public.ecr.aws/nginx/nginx:1.27\", \"essential\": true, "
            + containerBody
            + "}]");
  }

  private static List<Finding> checkTask(String members) {
    WorkloadReader reader = new WorkloadReader();
    reader.add("td.json", "{\"family\": \"t\", " + members + "}");
    assertThat(reader.errors()).isEmpty();
    return Checker.withAllRules().check(reader.workload());
  }

  private static List<Finding> of(List<Finding> findings, String ruleId) {
    return findings.stream().filter(f -> f.ruleId().equals(ruleId)).toList();
  }

  private static String text(Finding f) {
    return f.message() + " | " + f.fix();
  }

  @Test
  void fieldTypeNeverShowsTheValue() {
    List<Finding> findings =
        of(
            check(
                "\"environment\": [{\"name\": \"DB_PASSWORD\", \"value\": 918273645546372819}],"
                    + " \"dockerLabels\": {\"api_key\": 98765432109876543210},"
                    + " \"logConfiguration\": {\"logDriver\": \"splunk\", \"options\":"
                    + " {\"splunk-token\": 12345678901234567890}}"),
            "ECS019");

    assertThat(findings).hasSize(3);
    assertThat(findings)
        .allSatisfy(
            f -> {
              assertThat(text(f))
                  .doesNotContain("918273645546372819")
                  .doesNotContain("98765432109876543210")
                  .doesNotContain("12345678901234567890")
                  .contains("must be a string, not a number")
                  .contains("double quotes");
            });
  }

  @Test
  void fieldTypeFixFollowsTheElementShape() {
    List<Finding> findings =
        of(
            check(
                "\"environment\": {\"LOG_LEVEL\": \"debug\"},"
                    + " \"portMappings\": {\"containerPort\": 80},"
                    + " \"command\": \"npm start\", \"memory\": 99999999999999999999999999"),
            "ECS019");

    assertThat(findings)
        .extracting(Finding::fix)
        .containsExactly(
            "write it as a list of {\"name\": ..., \"value\": ...} objects (KeyValuePair)",
            "wrap the object in a list: [ {...} ]",
            "wrap the value in a list: [ ... ]",
            "use a number within the range the ECS API gives for this field");
    assertThat(findings.get(3).message())
        .isEqualTo("containerDefinitions[0].memory is a number too large for an integer field");
    assertThat(
            of(checkTask("\"tags\": {\"team\": \"web\"}, \"containerDefinitions\": []"), "ECS019"))
        .extracting(Finding::fix)
        .containsExactly("write it as a list of {\"key\": ..., \"value\": ...} objects (Tag)");
  }

  @Test
  void healthCheckDoesNotRepeatACommandCarryingACredential() {
    String header = "Authorization: Bearer " + STRIPE_LIKE;
    List<Finding> exec =
        of(
            check(
                "\"healthCheck\": {\"command\": [\"CMD\", \"curl -H '"
                    + header
                    + "' http://localhost/\"]}"),
            "ECS011");
    List<Finding> split =
        of(
            check(
                "\"healthCheck\": {\"command\": [\"CMD-SHELL\", \"curl\", \"-H\", \"Authorization:"
                    + " Bearer abc\", \"http://localhost/\"]}"),
            "ECS011");
    List<Finding> noType =
        of(
            check("\"healthCheck\": {\"command\": [\"curl\", \"--user\", \"admin:hunter2\"]}"),
            "ECS011");

    assertThat(exec).hasSize(1);
    assertThat(text(exec.get(0)))
        .doesNotContain(STRIPE_LIKE)
        .doesNotContain("Bearer")
        .contains("[\"CMD-SHELL\", \"<the command line as one string>\"]");
    assertThat(split).hasSize(1);
    assertThat(text(split.get(0))).doesNotContain("Bearer abc").contains("<the command line");
    assertThat(noType).hasSize(1);
    assertThat(text(noType.get(0))).doesNotContain("hunter2");
  }

  @Test
  void healthCheckJoinsAShellCommandSplitIntoWords() {
    List<Finding> findings =
        of(
            check(
                "\"healthCheck\": {\"command\": [\"CMD-SHELL\", \"curl\", \"-f\","
                    + " \"http://localhost/\"]}"),
            "ECS011");

    assertThat(findings)
        .extracting(Finding::fix)
        .containsExactly(
            "join them into one string: [\"CMD-SHELL\", \"curl -f http://localhost/\"]");
  }

  @Test
  void enumValuesComeFromTheSdkAndTheFixNamesTheValue() {
    assertThat(TaskDefinition.REGISTER_SHAPE.field("networkMode"))
        .contains(
            new ApiType.Scalar(ApiType.Kind.STRING, List.of("bridge", "host", "awsvpc", "none")));
    assertThat(TaskDefinition.REGISTER_SHAPE.field("requiresCompatibilities"))
        .hasValueSatisfying(
            t ->
                assertThat(((ApiType.Scalar) ((ApiType.ListOf) t).element()).enumValues())
                    .contains("EC2", "FARGATE", "EXTERNAL")
                    .doesNotContain("UNKNOWN_TO_SDK_VERSION", "null"));
    assertThat(TaskDefinition.REGISTER_SHAPE.field("family"))
        .contains(new ApiType.Scalar(ApiType.Kind.STRING));

    List<Finding> findings =
        of(
            checkTask(
                "\"requiresCompatibilities\": [\"fargate\", \"FARGATE_SPOT\"],"
                    + " \"containerDefinitions\": []"),
            "ECS020");
    assertThat(findings)
        .extracting(Finding::fix)
        .containsExactly(
            "write \"FARGATE\"", "use one of: EC2, FARGATE, EXTERNAL, MANAGED_INSTANCES");
  }

  @Test
  void aMiscasedFargateIsNotTakenForFargate() {
    WorkloadReader reader = new WorkloadReader();
    reader.add(
        "td.json",
        "{\"requiresCompatibilities\": [\"fargate\"], \"networkMode\": \"AWSVPC\","
            + " \"containerDefinitions\": [{\"name\": \"a\"}]}");
    TaskDefinition td = reader.workload().taskDefinitions().get(0);

    assertThat(td.requiresFargate()).isFalse();
    assertThat(td.effectiveNetworkMode()).isEqualTo("AWSVPC");
    assertThat(td.containers()).extracting(ContainerDefinition::label).containsExactly("'a'");
  }
}
