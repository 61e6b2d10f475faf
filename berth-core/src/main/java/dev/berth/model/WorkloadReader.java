package dev.berth.model;

import dev.berth.ecr.LifecyclePolicy;
import dev.berth.ecr.LifecyclePolicySources;
import dev.berth.source.CloudFormationTemplate;
import dev.berth.source.InputError;
import dev.berth.source.JsonSourceReader;
import dev.berth.source.Node;
import dev.berth.source.SourceSyntaxException;
import dev.berth.source.YamlSourceReader;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Builds a {@link Workload} from the text of the user's files. A file that is not an ECS or ECR
 * document (a {@code package.json}, a {@code tsconfig.json}, a YAML file that is not a
 * CloudFormation template) is recognised by its shape and skipped; a file that cannot be parsed
 * becomes an {@link InputError} and the others are still read.
 */
public final class WorkloadReader {

  private final List<TaskDefinition> taskDefinitions = new ArrayList<>();
  private final List<LifecyclePolicy> lifecyclePolicies = new ArrayList<>();
  private final List<InputError> errors = new ArrayList<>();
  private final List<String> skipped = new ArrayList<>();

  /**
   * Reads one file's text; {@code file} is the name every position and error carries. Files named
   * {@code .yaml}, {@code .yml}, or {@code .template} not starting with "{", are read as YAML and
   * kept only when they are CloudFormation templates.
   */
  public void add(String file, String text) {
    boolean yaml = isYaml(file, text);
    Node root;
    try {
      root = yaml ? YamlSourceReader.read(file, text) : JsonSourceReader.read(file, text);
    } catch (SourceSyntaxException e) {
      // A broken file is the user's concern only when it was meant as an ECS or ECR document:
      // a tsconfig.json with comments or a compose file is somebody else's format.
      if (!meantForBerth(text, yaml)) {
        synchronized (this) {
          skipped.add(file);
        }
      } else {
        addError(InputError.at(e.position(), e.reason()));
      }
      return;
    }
    if (yaml && !CloudFormationTemplate.isTemplate(root)) {
      synchronized (this) {
        skipped.add(file);
      }
      return;
    }
    Optional<TaskDefinition> taskDefinition = TaskDefinition.recognise(file, root);
    LifecyclePolicySources policies = LifecyclePolicySources.read(file, root, text);
    synchronized (this) {
      taskDefinition.ifPresent(taskDefinitions::add);
      lifecyclePolicies.addAll(policies.policies());
      errors.addAll(policies.errors());
      if (taskDefinition.isEmpty()
          && policies.policies().isEmpty()
          && policies.errors().isEmpty()) {
        skipped.add(file);
      }
    }
  }

  /** Records a file that could not be read at all. */
  public synchronized void addError(InputError error) {
    errors.add(error);
  }

  public synchronized Workload workload() {
    List<TaskDefinition> sortedTasks = new ArrayList<>(taskDefinitions);
    sortedTasks.sort(Comparator.comparing(TaskDefinition::file));
    List<LifecyclePolicy> sortedPolicies = new ArrayList<>(lifecyclePolicies);
    sortedPolicies.sort(Comparator.comparing(LifecyclePolicy::file));
    return Workload.of(sortedTasks, sortedPolicies);
  }

  public synchronized List<InputError> errors() {
    List<InputError> sorted = new ArrayList<>(errors);
    sorted.sort(
        Comparator.comparing(InputError::file)
            .thenComparingInt(InputError::line)
            .thenComparingInt(InputError::column));
    return sorted;
  }

  /** Files that parsed but are not an ECS or ECR document berth knows. */
  public synchronized List<String> skipped() {
    List<String> sorted = new ArrayList<>(skipped);
    sorted.sort(null);
    return sorted;
  }

  /** Words every document berth reads contains, even when it is broken. */
  private static final List<String> JSON_MARKERS =
      List.of(
          "\"family\"",
          "containerDefinitions",
          "ContainerDefinitions",
          "taskDefinition",
          "rulePriority",
          "lifecyclePolicy",
          "LifecyclePolicyText",
          "imageDetails",
          "AWS::",
          "resource_changes",
          "planned_values");

  private static boolean meantForBerth(String text, boolean yaml) {
    if (yaml) {
      return text.contains("AWSTemplateFormatVersion") || text.contains("AWS::");
    }
    return JSON_MARKERS.stream().anyMatch(text::contains);
  }

  private static boolean isYaml(String file, String text) {
    String name = file.toLowerCase(Locale.ROOT);
    if (name.endsWith(".yaml") || name.endsWith(".yml")) {
      return true;
    }
    return name.endsWith(".template") && !text.strip().startsWith("{");
  }
}
