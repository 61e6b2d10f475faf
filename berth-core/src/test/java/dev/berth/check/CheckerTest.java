package dev.berth.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.model.TaskDefinition;
import dev.berth.model.WorkloadReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class CheckerTest {

  private static final String TASK =
      "{\"family\": \"web\", \"requiresCompatibilities\": [\"FARGATE\"], \"networkMode\":"
          + " \"awsvpc\", \"cpu\": \"256\", \"memory\": \"3000\", \"containerDefinitions\":"
          + " [{\"name\": \"web\", \"image\": \"nginx:1.27\"}]}";

  /** A rule with a bug: it throws on every task definition. */
  private static final class BrokenRule extends TaskDefinitionRule {
    BrokenRule() {
      super("ECS999", Severity.WARNING, "A rule with a bug", "https://docs.aws.amazon.com/");
    }

    @Override
    protected void check(TaskDefinition taskDefinition, Findings findings) {
      throw new IllegalStateException("boom");
    }
  }

  @Test
  void aRuleThatThrowsIsReportedAndTheOtherRulesStillRun() {
    WorkloadReader reader = new WorkloadReader();
    reader.add("a.json", TASK);
    reader.add("b.json", TASK);
    List<Rule> rules = List.of(new BrokenRule(), RuleRegistry.all().get(0));

    List<Finding> findings = new Checker(rules).check(reader.workload());

    assertThat(findings)
        .filteredOn(f -> f.ruleId().equals("ECS999"))
        .hasSize(2)
        .allSatisfy(
            f -> {
              assertThat(f.severity()).isEqualTo(Severity.ERROR);
              assertThat(f.message()).contains("failed on this document").contains("bug in berth");
              assertThat(f.location().line()).isEqualTo(1);
            });
    assertThat(findings).filteredOn(f -> f.ruleId().equals("ECS001")).hasSize(2);
  }
}
