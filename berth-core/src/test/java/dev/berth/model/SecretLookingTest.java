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
}
