package dev.berth.source;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PlaceholdersTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "${IMAGE}",
        "<IMAGE1_NAME>",
        "__TASK_CPU__",
        "{{ must_env `IMAGE` }}",
        "REPLACED_BY_CI",
        "YOUR_ACCOUNT_ID",
        "#{Octopus.Image}",
        " ${A}:${B} "
      })
  void templatingValuesAreWhollyUnknown(String value) {
    assertThat(Placeholders.isWhollyUnknown(value)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "nginx:1.27",
        "arn:aws:iam::123456789012:role/ecsTaskExecutionRole",
        "256",
        "CMD-SHELL",
        "ACCOUNT_ID.dkr.ecr.us-east-1.amazonaws.com/app:latest",
        "arn:aws:iam::ACCOUNT:role/app"
      })
  void valuesWithKnownPartsAreNotWhollyUnknown(String value) {
    assertThat(Placeholders.isWhollyUnknown(value)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "arn:aws:iam::ACCOUNT:role/app",
        "arn:aws:secretsmanager:${AWS::Region}:123456789012:secret:db",
        "xxxxxxxxxxxx.dkr.ecr.eu-west-1.amazonaws.com/app"
      })
  void placeholdersInsideValuesAreFound(String value) {
    assertThat(Placeholders.contains(value)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"production", "my_app", "ACCOUNTING_DB_HOST2", "https://example.com/a"})
  void ordinaryWordsAreNotPlaceholders(String value) {
    assertThat(Placeholders.contains(value)).as(value).isFalse();
  }
}
