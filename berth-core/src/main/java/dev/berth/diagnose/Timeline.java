package dev.berth.diagnose;

import static dev.berth.diagnose.SnapshotFile.DESCRIBE_SERVICES;

import dev.berth.source.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** A service's recent history from a snapshot: events, task stops and deployments, newest first. */
final class Timeline {

  private Timeline() {}

  static List<TimelineEntry> of(
      Snapshot snapshot, Optional<EcsService> service, List<EcsTask> tasks, int length) {
    List<TimelineEntry> entries = new ArrayList<>();
    service.ifPresent(
        s -> {
          s.events()
              .forEach(
                  e ->
                      at(e, "createdAt")
                          .ifPresent(
                              t ->
                                  entries.add(
                                      new TimelineEntry(
                                          t, "event", Json.text(e, "message").orElse("")))));
          s.deployments()
              .forEach(
                  d ->
                      at(d, "createdAt")
                          .ifPresent(
                              t ->
                                  entries.add(
                                      new TimelineEntry(
                                          t,
                                          "deployment",
                                          Json.text(d, "id").orElse("?")
                                              + " created ("
                                              + Json.text(d, "status").orElse("?")
                                              + Json.text(d, "taskDefinition")
                                                  .map(x -> ", " + SnapshotDiagnoser.shortArn(x))
                                                  .orElse("")
                                              + ")"))));
        });
    for (EcsTask task : tasks) {
      if (!task.stopped()) {
        continue;
      }
      Optional<Instant> when =
          at(task.node(), "stoppedAt")
              .or(() -> at(task.node(), "stoppingAt"))
              .or(() -> at(task.node(), "createdAt"));
      when.ifPresent(t -> entries.add(new TimelineEntry(t, "task stop", stopLine(task))));
    }
    entries.sort(Comparator.comparing(TimelineEntry::at).reversed());
    return entries.stream().limit(length).toList();
  }

  private static String stopLine(EcsTask task) {
    StringBuilder line = new StringBuilder(task.id());
    Json.text(task.node(), "stopCode").ifPresent(c -> line.append(" ").append(c));
    Json.text(task.node(), "stoppedReason").ifPresent(r -> line.append(": ").append(r));
    for (ObjectNode container : task.containers()) {
      Optional<String> exit = Json.text(container, "exitCode");
      Optional<String> reason = Json.text(container, "reason");
      if (exit.isPresent() || reason.isPresent()) {
        line.append("; container ").append(Json.text(container, "name").orElse("?"));
        exit.ifPresent(e -> line.append(" exit ").append(e));
        reason.ifPresent(r -> line.append(": ").append(r));
      }
    }
    return line.toString();
  }

  private static Optional<Instant> at(ObjectNode node, String key) {
    return node.scalar(key).flatMap(Timestamps::parse);
  }

  /** The newest timestamp anywhere in the service and its tasks: the snapshot's "now". */
  static Optional<Instant> newest(
      Snapshot snapshot, Optional<EcsService> service, List<EcsTask> tasks) {
    Stream<Instant> fromService =
        snapshot
            .items(DESCRIBE_SERVICES)
            .flatMap(s -> Stream.concat(Json.objects(s, "events"), Json.objects(s, "deployments")))
            .flatMap(n -> Stream.of("createdAt", "updatedAt").flatMap(k -> at(n, k).stream()));
    Stream<Instant> fromTasks =
        tasks.stream()
            .flatMap(
                t ->
                    Stream.of("createdAt", "startedAt", "stoppingAt", "stoppedAt")
                        .flatMap(k -> at(t.node(), k).stream()));
    return Stream.concat(fromService, fromTasks).max(Comparator.naturalOrder());
  }
}
