package dev.berth.check.rules;

import dev.berth.check.Docs;
import dev.berth.check.Findings;
import dev.berth.check.Severity;
import dev.berth.check.TaskDefinitionRule;
import dev.berth.model.ContainerDefinition;
import dev.berth.model.TaskDefinition;
import dev.berth.source.ArrayNode;
import dev.berth.source.Node;
import dev.berth.source.ObjectNode;
import dev.berth.source.ScalarNode;
import java.util.List;
import java.util.Locale;

/**
 * ECS007: parameters Fargate does not support (privileged, links, Docker volumes, host DNS and
 * security options, most Linux parameters, GPUs) and its limits on stopTimeout, startTimeout and
 * ephemeral storage.
 */
public final class FargateLimitsRule extends TaskDefinitionRule {

  /** Container parameters that the Fargate documentation lists as not valid. */
  private static final List<String> CONTAINER_PARAMETERS =
      List.of(
          "disableNetworking",
          "dnsSearchDomains",
          "dnsServers",
          "dockerSecurityOptions",
          "extraHosts",
          "links");

  /** Linux parameters that Fargate does not support. */
  private static final List<String> LINUX_PARAMETERS =
      List.of("devices", "sharedMemorySize", "tmpfs", "maxSwap", "swappiness");

  /** The log drivers Fargate supports. */
  private static final java.util.Set<String> FARGATE_LOG_DRIVERS =
      java.util.Set.of("awslogs", "splunk", "awsfirelens");

  static final int MAX_STOP_TIMEOUT = 120;
  static final int MIN_START_TIMEOUT = 2;
  static final int MAX_START_TIMEOUT = 120;
  static final int MIN_EPHEMERAL_GIB = 21;
  static final int MAX_EPHEMERAL_GIB = 200;

  public FargateLimitsRule() {
    super(
        "ECS007",
        Severity.ERROR,
        "Fargate does not support some parameters and limits others",
        Docs.FARGATE_TASK_DEFINITIONS);
  }

  @Override
  protected void check(TaskDefinition td, Findings findings) {
    if (!td.requiresFargate()) {
      return;
    }
    checkTask(td, findings);
    for (ContainerDefinition container : td.containers()) {
      checkContainer(container, findings);
    }
  }

  private static void checkTask(TaskDefinition td, Findings findings) {
    ObjectNode node = td.node();
    for (String key : List.of("ipcMode", "placementConstraints")) {
      node.member(key)
          .filter(m -> present(m.value()))
          .ifPresent(
              m ->
                  findings.reportKey(
                      m, "Fargate does not support " + key, "remove " + key + " for Fargate"));
    }
    node.scalar("pidMode")
        .filter(ScalarNode::isString)
        .filter(mode -> mode.text().equals("host"))
        .ifPresent(
            mode ->
                findings.report(
                    mode,
                    "Fargate supports pidMode task only, not host",
                    "use \"pidMode\": \"task\" or remove it"));
    node.array("volumes").stream()
        .flatMap(ArrayNode::objects)
        .forEach(volume -> checkVolume(volume, findings));
    node.object("ephemeralStorage")
        .flatMap(storage -> storage.scalar("sizeInGiB"))
        .filter(ScalarNode::isNumber)
        .ifPresent(
            size -> {
              long gib = size.asLong().orElse(0L);
              if (gib < MIN_EPHEMERAL_GIB || gib > MAX_EPHEMERAL_GIB) {
                findings.report(
                    size,
                    "Fargate ephemeral storage is 21 to 200 GiB, not " + gib,
                    "use a sizeInGiB from 21 to 200");
              }
            });
  }

  private static void checkVolume(ObjectNode volume, Findings findings) {
    volume
        .member("dockerVolumeConfiguration")
        .filter(m -> present(m.value()))
        .ifPresent(
            m ->
                findings.reportKey(
                    m,
                    "Fargate does not support Docker volumes (dockerVolumeConfiguration)",
                    "use an EFS volume (efsVolumeConfiguration) or a bind mount"));
    volume
        .object("host")
        .flatMap(host -> host.scalar("sourcePath"))
        .filter(path -> !path.isNull())
        .ifPresent(
            path ->
                findings.report(
                    path,
                    "Fargate does not support host paths in volumes",
                    "leave out host.sourcePath: a bind mount on Fargate needs only the volume"
                        + " name"));
  }

  private static void checkContainer(ContainerDefinition container, Findings findings) {
    ObjectNode node = container.node();
    container
        .flag("privileged")
        .filter(Boolean::booleanValue)
        .ifPresent(
            flag ->
                findings.report(
                    node.get("privileged").orElseThrow(),
                    "container " + container.label() + " is privileged, which Fargate refuses",
                    "remove \"privileged\": true; add only the Linux capabilities it needs"));
    for (String key : CONTAINER_PARAMETERS) {
      node.member(key)
          .filter(m -> present(m.value()))
          .ifPresent(
              m ->
                  findings.reportKey(
                      m,
                      "Fargate does not support " + key + " (container " + container.label() + ")",
                      key.equals("links")
                          ? "remove links: under awsvpc containers reach each other on localhost"
                          : "remove " + key));
    }
    node.object("linuxParameters").ifPresent(linux -> checkLinux(linux, container, findings));
    container
        .logConfiguration()
        .flatMap(log -> log.scalar("logDriver"))
        .filter(driver -> driver.isString() && !driver.isUnknown())
        .filter(driver -> !FARGATE_LOG_DRIVERS.contains(driver.text()))
        .ifPresent(
            driver ->
                findings.report(
                    driver,
                    "Fargate supports the log drivers awslogs, splunk and awsfirelens, not "
                        + driver.text()
                        + " (container "
                        + container.label()
                        + ")",
                    "use awslogs, or awsfirelens to route logs elsewhere"));
    container
        .objects("resourceRequirements")
        .filter(r -> r.knownString("type").filter("GPU"::equals).isPresent())
        .forEach(
            gpu ->
                findings.report(
                    gpu,
                    "Fargate has no GPUs (container " + container.label() + ")",
                    "run GPU containers on ECS with EC2 capacity"));
    container
        .integer("stopTimeout")
        .ifPresent(
            timeout -> {
              long seconds = timeout.asLong().orElseThrow();
              if (seconds > MAX_STOP_TIMEOUT) {
                findings.report(
                    timeout,
                    "container "
                        + container.label()
                        + " stopTimeout is "
                        + seconds
                        + " s; Fargate allows at most 120",
                    "use \"stopTimeout\": 120 or less");
              }
            });
    container
        .integer("startTimeout")
        .ifPresent(
            timeout -> {
              long seconds = timeout.asLong().orElseThrow();
              if (seconds < MIN_START_TIMEOUT || seconds > MAX_START_TIMEOUT) {
                findings.report(
                    timeout,
                    "container "
                        + container.label()
                        + " startTimeout is "
                        + seconds
                        + " s; Fargate accepts 2 to 120",
                    "use a startTimeout from 2 to 120");
              }
            });
  }

  private static void checkLinux(
      ObjectNode linux, ContainerDefinition container, Findings findings) {
    for (String key : LINUX_PARAMETERS) {
      linux
          .member(key)
          .filter(m -> present(m.value()))
          .ifPresent(
              m ->
                  findings.reportKey(
                      m,
                      "Fargate does not support linuxParameters."
                          + key
                          + " (container "
                          + container.label()
                          + ")",
                      "remove linuxParameters." + key));
    }
    linux.object("capabilities").flatMap(capabilities -> capabilities.array("add")).stream()
        .flatMap(ArrayNode::strings)
        .filter(c -> !c.isUnknown())
        .filter(
            c ->
                !c.text().toUpperCase(Locale.ROOT).equals("CAP_SYS_PTRACE")
                    && !c.text().toUpperCase(Locale.ROOT).equals("SYS_PTRACE"))
        .forEach(
            c ->
                findings.report(
                    c,
                    "Fargate lets a container add only the SYS_PTRACE capability, not " + c.text(),
                    "remove " + c.text() + " from linuxParameters.capabilities.add"));
  }

  /** True for a value that is there: not null, not an empty list or object. */
  private static boolean present(Node value) {
    if (value.isNull()) {
      return false;
    }
    if (value instanceof ArrayNode array) {
      return !array.elements().isEmpty();
    }
    if (value instanceof ObjectNode object) {
      return !object.members().isEmpty();
    }
    if (value instanceof ScalarNode scalar && scalar.isBoolean()) {
      return scalar.asBoolean().orElse(false);
    }
    return true;
  }
}
