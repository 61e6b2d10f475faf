package dev.berth.aws;

import java.net.URI;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.awscore.client.builder.AwsSyncClientBuilder;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.regions.providers.DefaultAwsRegionProviderChain;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ecr.EcrClient;
import software.amazon.awssdk.services.ecs.EcsClient;
import software.amazon.awssdk.services.elasticloadbalancingv2.ElasticLoadBalancingV2Client;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.utils.SdkAutoCloseable;

/**
 * Builds the SDK clients berth uses, configured as the AWS CLI would be: the default credential
 * chain (environment, profiles and SSO, container and instance roles), an optional named profile,
 * region and endpoint, berth's retry classification, and the {@code --debug} call log.
 */
public final class AwsClients implements AutoCloseable {

  private final SdkHttpClient http;
  private final AwsCredentialsProvider credentials;
  private final Region region;
  private final ClientOverrideConfiguration overrides;
  private final AwsSettings settings;
  private EcsClient ecs;
  private EcrClient ecr;
  private ElasticLoadBalancingV2Client elbv2;
  private Ec2Client ec2;
  private IamClient iam;

  private AwsClients(AwsSettings settings) {
    this.settings = settings;
    this.region = resolveRegion(settings);
    this.http = UrlConnectionHttpClient.builder().build();
    DefaultCredentialsProvider.Builder chain = DefaultCredentialsProvider.builder();
    settings.profile().ifPresent(chain::profileName);
    this.credentials = chain.build();
    ClientOverrideConfiguration.Builder configuration =
        ClientOverrideConfiguration.builder()
            .retryStrategy(RetryClassification.strategy(settings.retry()));
    settings.debugLog().ifPresent(log -> configuration.addExecutionInterceptor(new CallLog(log)));
    this.overrides = configuration.build();
  }

  public static AwsClients connect(AwsSettings settings) {
    return new AwsClients(settings);
  }

  public synchronized EcsClient ecs() {
    if (ecs == null) {
      ecs = configure(EcsClient.builder(), region).build();
    }
    return ecs;
  }

  public synchronized EcrClient ecr() {
    if (ecr == null) {
      ecr = configure(EcrClient.builder(), region).build();
    }
    return ecr;
  }

  public synchronized ElasticLoadBalancingV2Client elbv2() {
    if (elbv2 == null) {
      elbv2 = configure(ElasticLoadBalancingV2Client.builder(), region).build();
    }
    return elbv2;
  }

  public synchronized Ec2Client ec2() {
    if (ec2 == null) {
      ec2 = configure(Ec2Client.builder(), region).build();
    }
    return ec2;
  }

  /** IAM is a global service: its client signs for aws-global whatever the region. */
  public synchronized IamClient iam() {
    if (iam == null) {
      iam = configure(IamClient.builder(), Region.AWS_GLOBAL).build();
    }
    return iam;
  }

  private <B extends AwsClientBuilder<B, ?> & AwsSyncClientBuilder<B, ?>> B configure(
      B builder, Region signingRegion) {
    builder
        .httpClient(http)
        .credentialsProvider(credentials)
        .region(signingRegion)
        .overrideConfiguration(overrides);
    settings.endpoint().map(URI::normalize).ifPresent(builder::endpointOverride);
    return builder;
  }

  private static Region resolveRegion(AwsSettings settings) {
    if (settings.region().isPresent()) {
      return Region.of(settings.region().get());
    }
    try {
      DefaultAwsRegionProviderChain.Builder chain = DefaultAwsRegionProviderChain.builder();
      settings.profile().ifPresent(chain::profileName);
      return chain.build().getRegion();
    } catch (SdkClientException e) {
      throw new AwsConfigurationException(
          "no AWS region is set: pass --region, set AWS_REGION, or set a region in the profile"
              + settings.profile().map(p -> " '" + p + "'").orElse(""),
          e);
    }
  }

  @Override
  public void close() {
    for (SdkAutoCloseable client : new SdkAutoCloseable[] {ecs, ecr, elbv2, ec2, iam}) {
      if (client != null) {
        client.close();
      }
    }
    http.close();
  }
}
