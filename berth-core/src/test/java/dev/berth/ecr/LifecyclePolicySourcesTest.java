package dev.berth.ecr;

import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.check.Checker;
import dev.berth.check.Finding;
import dev.berth.check.RuleRegistry;
import dev.berth.model.WorkloadReader;
import dev.berth.testing.SharedCorpus;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Policies read from CloudFormation templates (YAML and JSON) and Terraform plans. */
class LifecyclePolicySourcesTest {

  private static String resource(String name) throws IOException {
    try (InputStream in = LifecyclePolicySourcesTest.class.getResourceAsStream("/ecr/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static WorkloadReader read(String name) throws IOException {
    WorkloadReader reader = new WorkloadReader();
    reader.add(name, resource(name));
    return reader;
  }

  private static List<Finding> findings(WorkloadReader reader) {
    return new Checker(RuleRegistry.withPrefix("ECR")).check(reader.workload());
  }

  @Test
  void aYamlTemplatesLiteralBlockPolicyIsCheckedAtTheTemplatesOwnLines() throws IOException {
    WorkloadReader reader = read("repository.template.yaml");

    // The !Sub policy is unknown until deployment, so only App's policy is read.
    assertThat(reader.errors()).isEmpty();
    assertThat(reader.workload().lifecyclePolicies())
        .extracting(LifecyclePolicy::origin)
        .containsExactly("AWS::ECR::Repository App");
    assertThat(findings(reader))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.ruleId()).isEqualTo("ECR005");
              // "countUnit" sits on line 19, column 19 of the template.
              assertThat(f.location().line()).isEqualTo(19);
              assertThat(f.location().column()).isEqualTo(19);
              assertThat(f.location().pointer())
                  .isEqualTo(
                      "/Resources/App/Properties/LifecyclePolicy/LifecyclePolicyText"
                          + "/rules/0/selection/countUnit");
            });
  }

  @Test
  void aJsonTemplatesEscapedPolicyIsCheckedAtItsOwnColumnsAndBrokenTextIsOneError()
      throws IOException {
    WorkloadReader reader = read("repository.template.json");

    assertThat(reader.errors())
        .singleElement()
        .satisfies(
            e -> {
              // The \" before "selection", where the comma is missing.
              assertThat(e.line()).isEqualTo(15);
              assertThat(e.column()).isEqualTo(69);
              assertThat(e.message())
                  .startsWith("the lifecycle policy of AWS::ECR::Repository Broken is not valid");
            });
    assertThat(findings(reader))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.ruleId()).isEqualTo("ECR003");
              // The \"tagged\" value inside the escaped string.
              assertThat(f.location().line()).isEqualTo(7);
              assertThat(f.location().column()).isEqualTo(101);
            });
  }

  @Test
  void aTerraformPlanGivesEveryPolicyOnceIncludingChildModules() throws IOException {
    WorkloadReader reader = read("plan.json");

    assertThat(reader.errors()).isEmpty();
    assertThat(reader.workload().lifecyclePolicies())
        .extracting(LifecyclePolicy::origin)
        .containsExactly(
            "aws_ecr_lifecycle_policy.app", "module.worker.aws_ecr_lifecycle_policy.this");
    // The resource change's copy of the policy, at the \"prod-.*\" entry in its one-line string.
    assertThat(findings(reader))
        .extracting(f -> f.ruleId() + "@" + f.location().line() + ":" + f.location().column())
        .containsExactly("ECR008@46:178");
  }

  @Test
  void yamlThatIsNotATemplateIsSkippedSilently() {
    WorkloadReader reader = new WorkloadReader();
    reader.add("compose.yaml", "services:\n  web:\n    image: nginx\n");
    reader.add("broken.yml", "a: b: c\n");

    assertThat(reader.errors()).isEmpty();
    assertThat(reader.skipped()).containsExactly("broken.yml", "compose.yaml");
  }

  @Test
  void theCorpusTemplateWithTwoRepositoriesGivesTwoPolicies() throws IOException {
    Path template = SharedCorpus.path("cloudformation/ecr-two-repos-embedded-lifecycle.yml");
    WorkloadReader reader = new WorkloadReader();
    reader.add("ecr-two-repos-embedded-lifecycle.yml", Files.readString(template));

    assertThat(reader.workload().lifecyclePolicies()).hasSize(2);
    // Both descriptions say "images older than 30 days" over untagged images only.
    assertThat(findings(reader))
        .extracting(f -> f.ruleId() + "@" + f.location().line() + ":" + f.location().column())
        .containsExactly("ECR011@26:32", "ECR011@50:32");
  }

  @Test
  void aOneLineYamlPolicyAndABrokenBlockPointIntoTheTemplate() {
    WorkloadReader reader = new WorkloadReader();
    reader.add(
        "t.yml",
        """
        Resources:
          One:
            Type: AWS::ECR::Repository
            Properties:
              LifecyclePolicy:
                LifecyclePolicyText: '{"rules": [{"rulePriority": 0, "selection": {"tagStatus": "any", "countType": "imageCountMoreThan", "countNumber": 3}, "action": {"type": "expire"}}]}'
          Two:
            Type: AWS::ECR::Repository
            Properties:
              LifecyclePolicy:
                LifecyclePolicyText: |
                  {"rules": [
                    {"rulePriority": 1 "selection": {}}
                  ]}
        """);

    assertThat(reader.errors())
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.line()).isEqualTo(13);
              assertThat(e.column()).isEqualTo(32);
              assertThat(e.message())
                  .contains("AWS::ECR::Repository Two")
                  .contains("missing comma");
            });
    assertThat(findings(reader))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.ruleId()).isEqualTo("ECR002");
              assertThat(f.location().line()).isEqualTo(6);
              assertThat(f.location().column()).isEqualTo(59);
            });
  }
}
