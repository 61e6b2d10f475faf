package dev.berth.diagnose;

import dev.berth.source.ArrayNode;
import dev.berth.source.InputError;
import dev.berth.source.ObjectNode;
import java.util.List;
import java.util.stream.Stream;

/**
 * What AWS said about a service at one moment, as the AWS CLI printed it: every file optional, with
 * the errors of the files that could not be read.
 */
public record Snapshot(List<SnapshotDocument> documents, List<InputError> errors) {

  public Snapshot {
    documents = List.copyOf(documents);
    errors = List.copyOf(errors);
  }

  /** True when at least one file of {@code call} was read. */
  public boolean has(SnapshotFile call) {
    return documents.stream().anyMatch(d -> d.call() == call);
  }

  public Stream<SnapshotDocument> documents(SnapshotFile call) {
    return documents.stream().filter(d -> d.call() == call);
  }

  /** The objects of the call's top-level list, across all its files, in file order. */
  public Stream<ObjectNode> items(SnapshotFile call) {
    return documents(call)
        .flatMap(d -> d.root().array(call.topLevelKey()).stream())
        .flatMap(ArrayNode::objects);
  }
}
