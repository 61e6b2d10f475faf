package dev.berth.aws;

import static dev.berth.aws.Emulated.TASK_DEFINITION;
import static dev.berth.aws.Emulated.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Errors injected between the SDK and moto: what is retried, what is not, and nothing twice. */
@ExtendWith(MotoServer.class)
class RetryAgainstMotoTest {

  private static final String REGISTER = "RegisterTaskDefinition";

  private FaultProxy proxy;
  private AwsClients direct;
  private AwsClients proxied;

  @BeforeEach
  void connect(URI moto) throws Exception {
    proxy = new FaultProxy(moto);
    direct = AwsClients.connect(Emulated.settings(moto));
    proxied = AwsClients.connect(Emulated.settings(proxy.endpoint()));
  }

  @AfterEach
  void close() {
    proxied.close();
    direct.close();
    proxy.close();
  }

  private List<String> revisions() {
    return direct.ecs().listTaskDefinitions(r -> r.familyPrefix("web")).taskDefinitionArns();
  }

  @ParameterizedTest(name = "{1} (HTTP {0}) is retried")
  @CsvSource({
    "400, ThrottlingException, Rate exceeded",
    "503, ServiceUnavailableException, Service unavailable",
    "500, ServerException, Internal server error"
  })
  void transientErrorsAreRetriedAndRegisterOnlyOnce(int status, String code, String message) {
    proxy.fail(REGISTER, 2, new FaultProxy.Fault(status, code, message));

    String arn = new Deployer(proxied.ecs()).register(json(TASK_DEFINITION));

    assertThat(arn).endsWith("web:1");
    assertThat(proxy.attempts(REGISTER))
        .as("two failures, then the call that got through")
        .isEqualTo(3);
    assertThat(revisions()).as("registered exactly once").hasSize(1);
  }

  @ParameterizedTest(name = "{1} is not retried")
  @CsvSource({
    "400, InvalidParameterException, Container.image should not be blank, berth check",
    "400, ClientException, Role is not valid, name or ARN",
    "400, AccessDeniedException, User is not authorized, IAM policy"
  })
  void permanentErrorsAreNotRetriedAndSayWhatToDo(
      int status, String code, String message, String actionMentions) {
    proxy.fail(REGISTER, 1, new FaultProxy.Fault(status, code, message));

    AwsRefusal refusal =
        catchThrowableOfType(
            AwsRefusal.class, () -> new Deployer(proxied.ecs()).register(json(TASK_DEFINITION)));

    assertThat(proxy.attempts(REGISTER)).isEqualTo(1);
    assertThat(refusal.errorCode()).isEqualTo(code);
    assertThat(refusal.retryable()).isFalse();
    assertThat(refusal.getMessage())
        .startsWith("ecs:RegisterTaskDefinition failed: " + code + ": " + message)
        .contains("fix: ");
    assertThat(refusal.action()).contains(actionMentions);
    assertThat(revisions()).isEmpty();
  }

  @Test
  void throttlingThatNeverStopsEndsAfterTheLastAttemptWithAnAction() {
    proxy.fail(REGISTER, 10, new FaultProxy.Fault(400, "ThrottlingException", "Rate exceeded"));

    AwsRefusal refusal =
        catchThrowableOfType(
            AwsRefusal.class, () -> new Deployer(proxied.ecs()).register(json(TASK_DEFINITION)));

    assertThat(proxy.attempts(REGISTER)).as("the configured four attempts").isEqualTo(4);
    assertThat(refusal.retryable()).isTrue();
    assertThat(refusal.action()).contains("try again in a few minutes");
    assertThat(revisions()).isEmpty();
  }
}
