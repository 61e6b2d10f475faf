package dev.berth.aws;

import java.io.IOException;
import java.time.Duration;
import java.util.Set;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.retries.StandardRetryStrategy;
import software.amazon.awssdk.retries.api.BackoffStrategy;
import software.amazon.awssdk.retries.api.RetryStrategy;

/**
 * Which AWS errors are worth trying again. Throttling, service-unavailable and server errors are
 * transient and retried with jittered exponential backoff; invalid-parameter, client and
 * access-denied errors will fail the same way every time and are never retried. See
 * https://docs.aws.amazon.com/AmazonECS/latest/APIReference/CommonErrors.html
 */
public final class RetryClassification {

  /** Error codes of throttling, across the services berth calls. */
  private static final Set<String> THROTTLING =
      Set.of(
          "ThrottlingException",
          "Throttling",
          "ThrottledException",
          "TooManyRequestsException",
          "RequestLimitExceeded");

  /** Error codes of a service that is down or failed internally. */
  private static final Set<String> SERVER =
      Set.of(
          "ServiceUnavailableException",
          "ServiceUnavailable",
          "ServerException",
          "InternalFailure",
          "InternalError");

  private RetryClassification() {}

  /** True when trying the same request again can succeed. */
  public static boolean isRetryable(Throwable failure) {
    if (failure instanceof AwsServiceException service) {
      return isThrottling(service) || isServerError(service);
    }
    // The request never reached AWS (connection refused or reset): sending it again is safe.
    return failure instanceof SdkClientException && causedByIo(failure);
  }

  public static boolean isThrottling(Throwable failure) {
    return failure instanceof AwsServiceException service
        && (THROTTLING.contains(code(service)) || service.statusCode() == 429);
  }

  private static boolean isServerError(AwsServiceException service) {
    return SERVER.contains(code(service)) || service.statusCode() >= 500;
  }

  static String code(AwsServiceException service) {
    return service.awsErrorDetails() == null || service.awsErrorDetails().errorCode() == null
        ? ""
        : service.awsErrorDetails().errorCode();
  }

  private static boolean causedByIo(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof IOException) {
        return true;
      }
    }
    return false;
  }

  /** The SDK retry strategy that applies this classification. */
  public static RetryStrategy strategy(RetrySettings settings) {
    return StandardRetryStrategy.builder()
        .useClientDefaults(false)
        .retryOnException(RetryClassification::isRetryable)
        .treatAsThrottling(RetryClassification::isThrottling)
        .maxAttempts(settings.maxAttempts())
        .backoffStrategy(
            BackoffStrategy.exponentialDelay(settings.baseDelay(), settings.maxDelay()))
        .throttlingBackoffStrategy(
            BackoffStrategy.exponentialDelay(
                settings.baseDelay().multipliedBy(5), settings.maxDelay()))
        // A CLI makes few calls: a client-side token bucket would only turn retries into failures.
        .circuitBreakerEnabled(false)
        .build();
  }

  /** How often and how patiently to retry. */
  public record RetrySettings(int maxAttempts, Duration baseDelay, Duration maxDelay) {

    /** Six attempts, full-jitter backoff from 100 ms (throttling 500 ms) up to 20 s. */
    public static RetrySettings standard() {
      return new RetrySettings(6, Duration.ofMillis(100), Duration.ofSeconds(20));
    }
  }
}
