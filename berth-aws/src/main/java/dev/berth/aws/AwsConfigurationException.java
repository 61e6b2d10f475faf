package dev.berth.aws;

/** berth cannot tell which AWS account or region to talk to; the message says what to set. */
public final class AwsConfigurationException extends RuntimeException {

  public AwsConfigurationException(String message, Throwable cause) {
    super(message, cause);
  }
}
