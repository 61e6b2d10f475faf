package dev.berth.aws;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Duration;

/** Clients and documents for tests against the emulator. */
final class Emulated {

  static final ObjectMapper JSON = new ObjectMapper();

  static final String TASK_DEFINITION =
      """
      {
        "family": "web",
        "networkMode": "awsvpc",
        "requiresCompatibilities": ["FARGATE"],
        "cpu": "256",
        "memory": 512,
        "executionRoleArn": "arn:aws:iam::123456789012:role/ecsTaskExecutionRole",
        "containerDefinitions": [
          {
            "name": "app",
            "image": "123456789012.dkr.ecr.us-east-1.amazonaws.com/web:1.0.0",
            "essential": true,
            "portMappings": [{"containerPort": 8080, "protocol": "tcp"}],
            "environment": [
              {"name": "LOG_LEVEL", "value": "info"},
              {"name": "DB_PASSWORD", "value": "hunter2-do-not-print"}
            ],
            "secrets": [
              {"name": "API_TOKEN",
               "valueFrom": "arn:aws:secretsmanager:us-east-1:123456789012:secret:web/token-AbCdEf"}
            ],
            "logConfiguration": {
              "logDriver": "awslogs",
              "options": {
                "awslogs-group": "/ecs/web",
                "awslogs-region": "us-east-1",
                "awslogs-stream-prefix": "web"
              }
            }
          }
        ]
      }
      """;

  /**
   * A service as create-service takes it. moto 5 neither stores nor returns
   * deploymentConfiguration, so the emulator tests leave it out; the planner tests in berth-core
   * cover it.
   */
  static final String SERVICE_DEFINITION =
      """
      {
        "serviceName": "web",
        "desiredCount": 2,
        "launchType": "FARGATE",
        "schedulingStrategy": "REPLICA"
      }
      """;

  private Emulated() {}

  static JsonNode json(String text) {
    try {
      return JSON.readTree(text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Settings for the emulator at {@code endpoint}: static test credentials, fast retries. */
  static AwsSettings settings(URI endpoint) {
    System.setProperty("aws.accessKeyId", "testing");
    System.setProperty("aws.secretAccessKey", "testing");
    return AwsSettings.defaults()
        .withEndpoint(endpoint)
        .withRegion("us-east-1")
        .withRetry(
            new RetryClassification.RetrySettings(4, Duration.ofMillis(1), Duration.ofMillis(20)));
  }
}
