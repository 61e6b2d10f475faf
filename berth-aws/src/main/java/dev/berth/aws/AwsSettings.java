package dev.berth.aws;

import java.net.URI;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * How to reach AWS: the named profile, region and endpoint as the AWS CLI takes them (empty means
 * the default chain decides), the retry policy, and where {@code --debug} writes its log of AWS
 * calls (nowhere when empty).
 */
public record AwsSettings(
    Optional<String> profile,
    Optional<String> region,
    Optional<URI> endpoint,
    RetryClassification.RetrySettings retry,
    Optional<Consumer<String>> debugLog) {

  public static AwsSettings defaults() {
    return new AwsSettings(
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        RetryClassification.RetrySettings.standard(),
        Optional.empty());
  }

  public AwsSettings withEndpoint(URI endpoint) {
    return new AwsSettings(profile, region, Optional.of(endpoint), retry, debugLog);
  }

  public AwsSettings withRegion(String region) {
    return new AwsSettings(profile, Optional.of(region), endpoint, retry, debugLog);
  }

  public AwsSettings withRetry(RetryClassification.RetrySettings retry) {
    return new AwsSettings(profile, region, endpoint, retry, debugLog);
  }

  public AwsSettings withDebugLog(Consumer<String> log) {
    return new AwsSettings(profile, region, endpoint, retry, Optional.of(log));
  }
}
