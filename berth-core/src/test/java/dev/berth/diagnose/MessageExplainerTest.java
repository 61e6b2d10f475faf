package dev.berth.diagnose;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Messages AWS documents beyond the corpus, with the cause each must name first. */
class MessageExplainerTest {

  private final MessageExplainer explainer = new MessageExplainer();

  @ParameterizedTest(name = "{1}: {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "ResourceInitializationError: failed to validate logger args: create stream has been"
            + " retried 1 times: failed to create Cloudwatch log stream: ResourceNotFoundException:"
            + " The specified log group does not exist.|LOG001",
        "ResourceInitializationError: unable to pull secrets or registry auth: execution resource"
            + " retrieval failed: unable to retrieve secret from asm: service call has been retried 1"
            + " time(s): failed to fetch secret arn:aws:secretsmanager:us-east-1:123456789012:secret:db"
            + " from secrets manager: AccessDeniedException: User is not authorized to perform:"
            + " secretsmanager:GetSecretValue|SECRET002",
        "CannotPullContainerError: pull image manifest has been retried 5 time(s): failed to"
            + " resolve ref 123456789012.dkr.ecr.us-east-1.amazonaws.com/app:v1: failed to do request:"
            + " AccessDeniedException: User: arn:aws:sts::123456789012:assumed-role/exec/x is not"
            + " authorized to perform: ecr:BatchGetImage|PULL002",
        "CannotStartContainerError: Error response from daemon: failed to create shim task: OCI"
            + " runtime create failed: exec: \"/docker-entrypoint.sh\": permission denied: unknown|EXIT002",
        "standard_init_linux.go:228: exec user process caused: exec format error|PULL006",
        "An error occurred (TargetNotConnectedException) when calling the ExecuteCommand operation:"
            + " The execution role you provided is not valid.|EXEC004",
        "An error occurred (InvalidParameterException) when calling the ExecuteCommand operation:"
            + " The execute command failed because execute command was not enabled when the task was"
            + " run or the execute command agent isn't running.|EXEC001",
        "ResourceInitializationError: unable to pull secrets or registry auth: execution resource"
            + " retrieval failed: unable to retrieve secret from asm: service call has been retried 1"
            + " time(s): failed to fetch secret arn:aws:secretsmanager:eu-west-1:123456789012:secret:db"
            + " from secrets manager: AccessDeniedException: Access to KMS is not allowed|SECRET002",
        "CannotPullContainerError: failed to pull and unpack image \"docker.io/library/app:1\":"
            + " no match for platform in manifest: not found|PULL006",
        "CannotPullContainerError: pull image manifest has been retried 5 time(s): failed to resolve"
            + " ref public.ecr.aws/acme/app:1: unexpected status from HEAD request: 429 Too Many"
            + " Requests|PULL005",
        "Essential container in task exited|EXIT001",
        "Task failed ELB health checks in (target-group arn:aws:elasticloadbalancing:us-east-1:"
            + "123456789012:targetgroup/web/abc) Exit Code 137|ELB002",
        "Scaling activity initiated by (deployment ecs-svc/123) Essential container in task exited"
            + " Exit Code 137|EXIT004",
        "Task failed container health checks|HEALTH001",
        "Your Spot Task was interrupted.|CAP002",
        "Task failed ELB health checks in (target-group arn:aws:elasticloadbalancing:us-east-1:"
            + "123456789012:targetgroup/web/abc)|ELB002",
        "502 Bad Gateway|ELB005",
        "(service web) was unable to place a task. Reason: Capacity is unavailable at this time."
            + " Please try again later or in a different availability zone.|CAP001",
        "(service web) (deployment ecs-svc/123) deployment failed: tasks failed to start.|DEPLOY001"
      })
  void namesTheDocumentedCauseFirst(String message, String expected) {
    List<Diagnosis> causes = explainer.explain(message);

    assertThat(causes).isNotEmpty();
    assertThat(causes.get(0).cause().id()).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "ResourceNotFoundException: The specified log group does not exist.|SECRET003",
        "CannotPullContainerError: ref 123456789012.dkr.ecr.eu-west-1.amazonaws.com/app:v1:"
            + " not found|PULL004",
        "Essential container in task exited|OOM001"
      })
  void doesNotOfferACauseTheMessageDoesNotSupport(String message, String absent) {
    assertThat(explainer.explain(message)).noneMatch(d -> d.cause().id().equals(absent));
  }
}
