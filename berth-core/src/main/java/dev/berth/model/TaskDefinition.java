package dev.berth.model;

import dev.berth.source.ArrayNode;
import dev.berth.source.Node;
import dev.berth.source.ObjectNode;
import dev.berth.source.ScalarNode;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import software.amazon.awssdk.services.ecs.model.RegisterTaskDefinitionRequest;

/**
 * An ECS task definition as the user wrote it, in the shape that {@code aws ecs
 * register-task-definition --cli-input-json} takes. A file saved from {@code
 * describe-task-definition} ({@code {"taskDefinition": {...}}}) is read through its wrapper.
 */
public final class TaskDefinition {

  /** The API shape that registration accepts. */
  public static final ApiShape REGISTER_SHAPE = ApiShape.of(RegisterTaskDefinitionRequest::builder);

  /** The API shape that describe-task-definition returns, read-only fields included. */
  public static final ApiShape DESCRIBED_SHAPE =
      ApiShape.of(software.amazon.awssdk.services.ecs.model.TaskDefinition::builder);

  private final String file;
  private final ObjectNode node;
  private final Optional<ObjectNode.Member> wrapper;
  private final List<ContainerDefinition> containers;

  private TaskDefinition(String file, ObjectNode node, Optional<ObjectNode.Member> wrapper) {
    this.file = file;
    this.node = node;
    this.wrapper = wrapper;
    this.containers =
        node.array("containerDefinitions").stream()
            .flatMap(ArrayNode::objects)
            .map(ContainerDefinition::new)
            .toList();
  }

  /**
   * The task definition in {@code root}, if it has the shape of one: an object with a {@code
   * containerDefinitions} list, at the top or under {@code taskDefinition}.
   */
  public static Optional<TaskDefinition> recognise(String file, Node root) {
    if (!(root instanceof ObjectNode object)) {
      return Optional.empty();
    }
    if (looksLikeTaskDefinition(object)) {
      return Optional.of(new TaskDefinition(file, object, Optional.empty()));
    }
    Optional<ObjectNode.Member> wrapper = object.member("taskDefinition");
    if (wrapper.isPresent()
        && wrapper.get().value() instanceof ObjectNode inner
        && looksLikeTaskDefinition(inner)) {
      return Optional.of(new TaskDefinition(file, inner, wrapper));
    }
    return Optional.empty();
  }

  /**
   * An object with {@code containerDefinitions}, even null, or with a family and a key that is a
   * misspelling of it ({@code containerDefinition}, {@code ContainerDefinitions}): a task
   * definition with a mistake is still a task definition, and ECS018 names the key.
   */
  private static boolean looksLikeTaskDefinition(ObjectNode object) {
    if (object.member("containerDefinitions").isPresent()) {
      return true;
    }
    return object.member("family").isPresent()
        && object.members().keySet().stream()
            .map(key -> key.replace("_", "").toLowerCase(Locale.ROOT))
            .anyMatch(
                key -> key.equals("containerdefinitions") || key.equals("containerdefinition"));
  }

  public String file() {
    return file;
  }

  /** The task definition object itself (inside any describe-output wrapper). */
  public ObjectNode node() {
    return node;
  }

  /** The {@code taskDefinition} member when the file is describe-task-definition output. */
  public Optional<ObjectNode.Member> describeWrapper() {
    return wrapper;
  }

  public List<ContainerDefinition> containers() {
    return containers;
  }

  public Optional<ContainerDefinition> container(String name) {
    return containers.stream().filter(c -> c.name().filter(name::equals).isPresent()).findFirst();
  }

  public Optional<String> family() {
    return node.knownString("family");
  }

  /**
   * True when {@code requiresCompatibilities} names FARGATE, spelt exactly as ECS compares it. A
   * task definition that does not say is validated for EC2 only, as ECS does; a miscased "fargate"
   * is not taken for Fargate either, since ECS refuses it (rule ECS020 reports it).
   */
  public boolean requiresFargate() {
    return node.array("requiresCompatibilities").stream()
        .flatMap(ArrayNode::strings)
        .anyMatch(s -> s.text().equals("FARGATE"));
  }

  /**
   * True when {@code requiresCompatibilities} names {@code compatibility} (EC2, EXTERNAL, …), spelt
   * exactly, as ECS compares it.
   */
  public boolean requiresCompatibility(String compatibility) {
    return node.array("requiresCompatibilities").stream()
        .flatMap(ArrayNode::strings)
        .anyMatch(s -> s.text().equals(compatibility));
  }

  /** The network mode as written, when it is a known string. */
  public Optional<ScalarNode> networkMode() {
    return node.scalar("networkMode").filter(s -> s.isString() && !s.isUnknown());
  }

  /**
   * The effective network mode: exactly as written (ECS does not fold case, so "AWSVPC" is no
   * network mode and matches none; rule ECS020 reports it), or bridge when absent (the EC2
   * default).
   */
  public String effectiveNetworkMode() {
    return networkMode().map(ScalarNode::text).orElse("bridge");
  }

  /** True when networkMode is absent or JSON null, so ECS applies its default. */
  public boolean networkModeDefaulted() {
    return node.get("networkMode").isEmpty();
  }

  public boolean isWindows() {
    return node.object("runtimePlatform")
        .flatMap(platform -> platform.knownString("operatingSystemFamily"))
        .map(family -> family.startsWith("WINDOWS"))
        .orElse(false);
  }

  /** The task-level cpu value as written (string or number), if known. */
  public Optional<ScalarNode> cpu() {
    return knownScalar("cpu");
  }

  public Optional<ScalarNode> memory() {
    return knownScalar("memory");
  }

  /** Task-level cpu in CPU units, when written in a form ECS accepts. */
  public OptionalInt cpuUnits() {
    return cpu().map(s -> TaskSizeUnits.cpuUnits(s.text())).orElse(OptionalInt.empty());
  }

  /** Task-level memory in MiB, when written in a form ECS accepts. */
  public OptionalInt memoryMiB() {
    return memory().map(s -> TaskSizeUnits.memoryMiB(s.text())).orElse(OptionalInt.empty());
  }

  /** True when a value is present but only a templating step will fill it in. */
  public boolean isUnknown(String key) {
    return node.scalar(key).map(ScalarNode::isUnknown).orElse(false);
  }

  private Optional<ScalarNode> knownScalar(String key) {
    return node.scalar(key).filter(s -> !s.isUnknown() && (s.isString() || s.isNumber()));
  }
}
