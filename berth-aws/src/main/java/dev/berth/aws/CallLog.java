package dev.berth.aws;

import com.fasterxml.jackson.databind.JsonNode;
import dev.berth.deploy.Redaction;
import java.util.Locale;
import java.util.function.Consumer;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttribute;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;

/**
 * The {@code --debug} log of AWS calls: one line per HTTP attempt with the operation and its
 * parameters, secret values redacted, and one line per response or failure. Headers, where the
 * credentials and signatures travel, are never logged.
 */
final class CallLog implements ExecutionInterceptor {

  private static final ExecutionAttribute<Long> STARTED = new ExecutionAttribute<>("berth.started");

  private final Consumer<String> sink;

  CallLog(Consumer<String> sink) {
    this.sink = sink;
  }

  @Override
  public void beforeTransmission(
      Context.BeforeTransmission context, ExecutionAttributes attributes) {
    attributes.putAttribute(STARTED, System.nanoTime());
    String parameters = redacted(SdkJson.write(context.request()));
    sink.accept(
        "aws: -> " + name(attributes) + " " + context.httpRequest().getUri() + " " + parameters);
  }

  @Override
  public void afterTransmission(Context.AfterTransmission context, ExecutionAttributes attributes) {
    sink.accept(
        "aws: <- "
            + name(attributes)
            + " HTTP "
            + context.httpResponse().statusCode()
            + " in "
            + elapsedMillis(attributes)
            + " ms");
  }

  @Override
  public void onExecutionFailure(Context.FailedExecution context, ExecutionAttributes attributes) {
    sink.accept("aws: !! " + name(attributes) + " " + context.exception().getMessage());
  }

  private static String redacted(JsonNode parameters) {
    return Redaction.redact(parameters).toString();
  }

  private static String name(ExecutionAttributes attributes) {
    return attributes.getAttribute(SdkExecutionAttribute.SERVICE_NAME).toLowerCase(Locale.ROOT)
        + ":"
        + attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME);
  }

  private static long elapsedMillis(ExecutionAttributes attributes) {
    Long started = attributes.getAttribute(STARTED);
    return started == null ? 0 : (System.nanoTime() - started) / 1_000_000;
  }
}
