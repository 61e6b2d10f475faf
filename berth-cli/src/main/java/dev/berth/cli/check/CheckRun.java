package dev.berth.cli.check;

import dev.berth.check.Checker;
import dev.berth.model.Workload;
import dev.berth.model.WorkloadReader;
import dev.berth.report.Report;
import dev.berth.source.InputError;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** One check of the user's files, or of documents handed over as text: the report, unprinted. */
public final class CheckRun {

  private CheckRun() {}

  /** A check's report, and how many files were read and how many held a document berth checks. */
  public record Result(Report report, int filesRead, int documents) {}

  /** Checks the files under {@code paths}, reading them in parallel. */
  public static Report ofPaths(List<Path> paths) {
    return run(paths).report();
  }

  /** Checks the files under {@code paths} and says how much there was to check. */
  public static Result run(List<Path> paths) {
    List<InputError> errors = new ArrayList<>();
    List<Path> files = InputFiles.expand(paths, CheckRun::isCandidate, errors);
    WorkloadReader reader = new WorkloadReader();
    errors.forEach(reader::addError);
    files.parallelStream()
        .map(InputFiles::read)
        .forEach(
            read -> {
              if (read.error() != null) {
                reader.addError(read.error());
              } else {
                reader.add(read.name(), read.text());
              }
            });
    Workload workload = reader.workload();
    int documents = workload.taskDefinitions().size() + workload.lifecyclePolicies().size();
    return new Result(check(reader), files.size(), documents);
  }

  /** Checks documents given by name and text, as an MCP client sends them. */
  public static Report ofDocuments(Map<String, String> documents) {
    WorkloadReader reader = new WorkloadReader();
    documents.forEach(reader::add);
    return check(reader);
  }

  private static Report check(WorkloadReader reader) {
    return new Report(Checker.withAllRules().check(reader.workload()), reader.errors());
  }

  /** JSON files, and YAML files that the reader keeps only when they are CloudFormation. */
  static boolean isCandidate(Path file) {
    String name = file.getFileName().toString();
    return name.endsWith(".json")
        || name.endsWith(".yaml")
        || name.endsWith(".yml")
        || name.endsWith(".template");
  }
}
