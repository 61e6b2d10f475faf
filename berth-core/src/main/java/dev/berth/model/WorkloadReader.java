package dev.berth.model;

import dev.berth.source.InputError;
import dev.berth.source.JsonSourceReader;
import dev.berth.source.Node;
import dev.berth.source.SourceSyntaxException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

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
      addError(InputError.at(e.position(), e.reason()));
      return;
    }
    Optional<TaskDefinition> taskDefinition = TaskDefinition.recognise(file, root);
    synchronized (this) {
      taskDefinition.ifPresentOrElse(taskDefinitions::add, () -> skipped.add(file));
    }
  }

  /** Records a file that could not be read at all. */
  public synchronized void addError(InputError error) {
    errors.add(error);
  }

  public synchronized Workload workload() {
    List<TaskDefinition> sorted = new ArrayList<>(taskDefinitions);
    sorted.sort(Comparator.comparing(TaskDefinition::file));
    return Workload.of(sorted);
  }

  public synchronized List<InputError> errors() {
    List<InputError> sorted = new ArrayList<>(errors);
    sorted.sort(
        Comparator.comparing(InputError::file)
            .thenComparingInt(InputError::line)
            .thenComparingInt(InputError::column));
    return sorted;
  }

  /** Files that parsed but are not an ECS document berth knows. */
  public synchronized List<String> skipped() {
    List<String> sorted = new ArrayList<>(skipped);
    sorted.sort(null);
    return sorted;
  }
}
