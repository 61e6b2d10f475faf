package dev.berth.cli.ecr;

import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.cli.BerthCommand;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code berth check} reads lifecycle policies from JSON and from CloudFormation YAML. */
class CheckLifecyclePoliciesTest {

  @Test
  void checksTemplatesInYamlAndSkipsOtherYaml(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("docker-compose.yml"), "services:\n  web:\n    image: nginx\n");
    Files.writeString(
        dir.resolve("ecr.yaml"),
        """
        Resources:
          Repo:
            Type: AWS::ECR::Repository
            Properties:
              LifecyclePolicy:
                LifecyclePolicyText: |
                  {"rules": [{"rulePriority": 1,
                    "selection": {"tagStatus": "any", "countType": "imageCountMoreThan",
                                  "countUnit": "days", "countNumber": 5},
                    "action": {"type": "expire"}}]}
        """);
    StringWriter out = new StringWriter();
    CommandLine commandLine = BerthCommand.commandLine();
    commandLine.setOut(new PrintWriter(out));
    commandLine.setErr(new PrintWriter(new StringWriter()));

    int exit = commandLine.execute("check", dir.toString());

    assertThat(exit).isEqualTo(1);
    assertThat(out.toString())
        .contains("ecr.yaml:9:27: error ECR005 rule 1 sets countUnit with imageCountMoreThan")
        .doesNotContain("docker-compose");
  }
}
