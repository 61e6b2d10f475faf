package dev.berth.aws;

import java.util.Locale;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkException;

/**
 * AWS refused a request, or could not be reached: the operation, AWS's error code and message, and
 * the action that fixes it.
 */
public final class AwsRefusal extends RuntimeException {

  private final String operation;
  private final String errorCode;
  private final String action;
  private final boolean retryable;

  public AwsRefusal(
      String operation,
      String errorCode,
      String message,
      String action,
      boolean retryable,
      Throwable cause) {
    super(operation + " failed: " + errorCode + ": " + message + "\n  fix: " + action, cause);
    this.operation = operation;
    this.errorCode = errorCode;
    this.action = action;
    this.retryable = retryable;
  }

  /** The refusal for {@code failure} of {@code operation} (such as "ecs:UpdateService"). */
  public static AwsRefusal of(String operation, SdkException failure) {
    if (failure instanceof AwsServiceException service) {
      String code = RetryClassification.code(service);
      String message =
          service.awsErrorDetails() == null || service.awsErrorDetails().errorMessage() == null
              ? service.getMessage()
              : service.awsErrorDetails().errorMessage();
      boolean retryable = RetryClassification.isRetryable(service);
      return new AwsRefusal(
          operation, code, message, action(operation, code, retryable), retryable, failure);
    }
    String message = failure.getMessage();
    return new AwsRefusal(
        operation,
        failure instanceof SdkClientException ? "client error" : "error",
        message,
        clientAction(failure, message),
        RetryClassification.isRetryable(failure),
        failure);
  }

  private static String clientAction(SdkException failure, String message) {
    if (message != null && message.toLowerCase(Locale.ROOT).contains("credential")) {
      return "no AWS credentials were found: run `aws configure`, `aws sso login`, pass"
          + " --profile, or set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY";
    }
    if (RetryClassification.isRetryable(failure)) {
      return "AWS could not be reached: check the network path to the endpoint (--endpoint-url,"
          + " proxy, VPC endpoint)";
    }
    return "the endpoint answered with something that is not a valid AWS response: check that"
        + " --endpoint-url points at the AWS API";
  }

  private static String action(String operation, String code, boolean retryable) {
    if (retryable) {
      return "AWS kept failing after retries with backoff; try again in a few minutes, or check"
          + " https://health.aws.amazon.com for an event in this region";
    }
    switch (code) {
      case "InvalidParameterException":
        return "AWS rejected a value in the request: correct the field the message names in your"
            + " file (berth check catches most of these before AWS does)";
      case "ClientException":
        return "the request names something that does not exist or is not allowed (a role, an"
            + " image, a target group, a limit): fix the name or ARN the message points at";
      case "AccessDeniedException":
      case "AccessDenied":
      case "UnauthorizedOperation":
        return "the identity in use may not call "
            + operation
            + ": grant that action in its IAM policy, or use --profile with an identity that may";
      case "ClusterNotFoundException":
        return "no such cluster in this account and region: check --cluster, --region and"
            + " --profile";
      case "ServiceNotFoundException":
      case "ServiceNotActiveException":
        return "the service does not exist or was deleted: check the service name, or deploy to"
            + " create it";
      case "UnrecognizedClientException":
      case "InvalidSignatureException":
      case "ExpiredTokenException":
      case "InvalidClientTokenId":
        return "the credentials are invalid or expired: refresh them (`aws sso login`) or pick"
            + " another --profile";
      default:
        return "AWS refused the request as it was sent; it is not retried because it would fail"
            + " the same way: correct what the message names";
    }
  }

  public String operation() {
    return operation;
  }

  public String errorCode() {
    return errorCode;
  }

  public String action() {
    return action;
  }

  public boolean retryable() {
    return retryable;
  }
}
