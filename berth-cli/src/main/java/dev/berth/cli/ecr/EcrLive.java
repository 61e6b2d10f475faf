package dev.berth.cli.ecr;

import dev.berth.aws.ecr.EcrImageCollector;
import dev.berth.aws.ecr.RepositorySnapshot;
import dev.berth.cli.ExitCodes;
import dev.berth.cli.UserFacingException;
import java.net.URI;
import java.net.URISyntaxException;
import software.amazon.awssdk.auth.credentials.ProfileCredentialsProvider;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.ecr.EcrClient;
import software.amazon.awssdk.services.ecr.EcrClientBuilder;

/**
 * Reads a repository from ECR for {@code berth ecr preview --repository}, as the user's CLI would.
 */
final class EcrLive {

  private EcrLive() {}

  static RepositorySnapshot collect(
      String repository, String profile, String region, String endpoint) {
    EcrClientBuilder builder = EcrClient.builder().httpClient(UrlConnectionHttpClient.create());
    if (profile != null) {
      builder.credentialsProvider(ProfileCredentialsProvider.create(profile));
    }
    if (region != null) {
      builder.region(Region.of(region));
    }
    if (endpoint != null) {
      try {
        builder.endpointOverride(new URI(endpoint));
      } catch (URISyntaxException e) {
        throw new UserFacingException(
            "--endpoint-url " + endpoint + " is not a URL", ExitCodes.USAGE, e);
      }
    }
    try (EcrClient ecr = builder.build()) {
      return new EcrImageCollector(ecr).collect(repository);
    } catch (AwsServiceException e) {
      throw new UserFacingException(
          "ECR refused reading repository "
              + repository
              + ": "
              + e.awsErrorDetails().errorCode()
              + ": "
              + e.awsErrorDetails().errorMessage(),
          ExitCodes.AWS_FAILED,
          e);
    } catch (SdkClientException e) {
      throw new UserFacingException(
          "cannot reach ECR for repository "
              + repository
              + ": "
              + e.getMessage()
              + " (check --region/AWS_REGION, --profile and the network)",
          ExitCodes.AWS_FAILED,
          e);
    }
  }
}
