package dev.berth.cli.ecr;

import dev.berth.aws.AwsClients;
import dev.berth.aws.AwsConfigurationException;
import dev.berth.aws.AwsRefusal;
import dev.berth.aws.AwsSettings;
import dev.berth.aws.ecr.EcrImageCollector;
import dev.berth.aws.ecr.RepositorySnapshot;
import dev.berth.cli.ExitCodes;
import dev.berth.cli.UserFacingException;
import software.amazon.awssdk.core.exception.SdkException;

/**
 * Reads a repository from ECR for {@code berth ecr preview --repository}, through the same clients,
 * credentials and retries as every other live command.
 */
final class EcrLive {

  private EcrLive() {}

  static RepositorySnapshot collect(String repository, AwsSettings settings) {
    try (AwsClients clients = AwsClients.connect(settings)) {
      return new EcrImageCollector(clients.ecr()).collect(repository);
    } catch (AwsConfigurationException e) {
      throw new UserFacingException(e.getMessage(), ExitCodes.USAGE, e);
    } catch (AwsRefusal e) {
      throw new UserFacingException(e.getMessage(), ExitCodes.AWS_FAILED, e);
    } catch (SdkException e) {
      AwsRefusal refusal = AwsRefusal.of("ecr:DescribeImages (repository " + repository + ")", e);
      throw new UserFacingException(refusal.getMessage(), ExitCodes.AWS_FAILED, e);
    }
  }
}
