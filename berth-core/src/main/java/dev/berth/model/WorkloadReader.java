package dev.berth.model;

import dev.berth.source.InputError;
import dev.berth.source.JsonSourceReader;
import dev.berth.source.Node;
import dev.berth.source.SourceSyntaxException;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds a {@link Workload} from the text of the user's files. A file that is not an ECS document
 * (a {@code package.json}, a {@code tsconfig.json}) is recognised by its shape and skipped; a file
 * that cannot be parsed becomes an {@link InputError} and the others are still read.
 */
public final class WorkloadReader {

  private final List<TaskDefinition> taskDefinitions = new ArrayList<>();
  private final List<InputError> errors = new ArrayList<>();
  private final List<String> skipped = new ArrayList<>();

  /** Reads one file's text; {@code file} is the name every position and error carries. */
  public void add(String file, String text) {
    Node root;
    try {
      root = JsonSourceReader.read(file, text);
    } catch (SourceSyntaxException e) {
      errors.add(InputError.at(e.position(), e.reason()));
      return;
    }
    TaskDefinition.recognise(file, root)
        .ifPresentOrElse(taskDefinitions::add, () -> skipped.add(file));
  }

  /** Records a file that could not be read at all. */
  public void addError(InputError error) {
    errors.add(error);
  }

  public Workload workload() {
    return Workload.of(taskDefinitions);
  }

  public List<InputError> errors() {
    return List.copyOf(errors);
  }

  /** Files that parsed but are not an ECS document berth knows. */
  public List<String> skipped() {
    return List.copyOf(skipped);
  }
}
