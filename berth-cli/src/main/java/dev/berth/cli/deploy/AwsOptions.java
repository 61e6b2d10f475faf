package dev.berth.cli.deploy;

import dev.berth.aws.AwsSettings;
import dev.berth.aws.RetryClassification;
import dev.berth.cli.ExitCodes;
import dev.berth.cli.UserFacingException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;
import picocli.CommandLine.Option;

/** The AWS CLI's connection options, shared by every command that talks to AWS. */
public final class AwsOptions {

  @Option(
      names = "--profile",
      paramLabel = "NAME",
      description = "Named profile from ~/.aws/config (default: AWS_PROFILE, then 'default').")
  String profile;

  @Option(
      names = "--region",
      paramLabel = "REGION",
      description = "AWS Region (default: AWS_REGION, then the profile's region).")
  String region;

  @Option(
      names = "--endpoint-url",
      paramLabel = "URL",
      description =
          "Send AWS calls to this endpoint (default: AWS_ENDPOINT_URL), e.g. an emulator.")
  String endpointUrl;

  @Option(
      names = "--debug",
      description = "Log every AWS call (secret values redacted) and show stack traces.")
  boolean debug;

  /** The settings these options describe; the debug log goes to {@code err}. */
  public AwsSettings settings(PrintWriter err) {
    String endpoint = endpointUrl != null ? endpointUrl : System.getenv("AWS_ENDPOINT_URL");
    AwsSettings settings =
        new AwsSettings(
            Optional.ofNullable(profile),
            Optional.ofNullable(region),
            Optional.ofNullable(endpoint).filter(e -> !e.isBlank()).map(AwsOptions::uri),
            RetryClassification.RetrySettings.standard(),
            Optional.empty());
    if (debug) {
      settings =
          settings.withDebugLog(
              line -> {
                err.println(line);
                err.flush();
              });
    }
    return settings;
  }

  private static URI uri(String text) {
    try {
      URI uri = new URI(text);
      if (uri.getScheme() == null || uri.getHost() == null) {
        throw new URISyntaxException(text, "needs a scheme and a host");
      }
      return uri;
    } catch (URISyntaxException e) {
      throw new UserFacingException(
          "--endpoint-url: not a URL: " + text + " (write it as http://host:port)",
          ExitCodes.USAGE);
    }
  }
}
