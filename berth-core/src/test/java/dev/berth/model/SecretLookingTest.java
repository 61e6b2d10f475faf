package dev.berth.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SecretLookingTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "DB_PASSWORD",
        "COGNITO_CLIENT_SECRET",
        "GITHUB_TOKEN",
        "STRIPE_API_KEY",
        "jwtPrivateKey",
        "AWS_SECRET_ACCESS_KEY",
        "DB_PWD",
        "SENTRY_DSN"
      })
  void secretNames(String name) {
    assertThat(SecretLooking.isSecretName(name)).as(name).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "DB_PASSWORD_SECRET_ARN",
        "TOKEN_URL",
        "SECRET_NAME",
        "PASSWORD_FILE",
        "OAUTH_TOKEN_ENDPOINT",
        "PORT",
        "AWS_REGION",
        "TOKEN_EXPIRY"
      })
  void referencesAndSettingsAreNotSecrets(String name) {
    assertThat(SecretLooking.isSecretName(name)).as(name).isFalse();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "AKIAIOSFODNN7EXAMPLE",
        "postgres://app:s3cr3t@db.example.com:5432/app",
        "-----BEGIN RSA PRIVATE KEY-----"
      })
  void credentialShapedValues(String value) {
    assertThat(SecretLooking.isSecretValue(value)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"true", "3600", "arn:aws:secretsmanager:x", "/run/secrets/db", "ab"})
  void valuesThatCannotBeASecret(String value) {
    assertThat(SecretLooking.couldBeSecret(value)).isFalse();
  }

  @ParameterizedTest
  @org.junit.jupiter.params.provider.CsvSource(
      delimiter = '|',
      value = {
        "postgres://app:pw-hunter11@db/orders | postgres://app:****@db/orders",
        "redis://:redis-hunter17@cache:6379 | redis://:****@cache:6379",
        "--db-password=cmd-hunter13 --port 80 | --db-password=**** --port 80",
        "manifest for app:1?password=hunter2xyz: not found | manifest for app:1?password=****: not found",
        "key AKIAIOSFODNN7EXAMPLE rejected | key **** rejected",
        "Authorization: Bearer abc.def.ghi | Authorization: Bearer ****",
        "no secret here: exit code 1 | no secret here: exit code 1"
      })
  void maskKeepsTheTextAndHidesTheCredential(String text, String masked) {
    assertThat(SecretLooking.mask(text)).isEqualTo(masked);
  }
}
