package dev.berth.diagnose;

import dev.berth.source.InputError;
import java.util.List;
import java.util.Optional;

/**
 * What berth diagnose found in a snapshot: the service's state, its recent timeline, the causes the
 * snapshot proves (each with evidence quoted from it), the causes it could not decide, and the
 * files it could not read.
 */
public record DiagnoseReport(
    Optional<ServiceState> service,
    List<TimelineEntry> timeline,
    List<Diagnosis> causes,
    List<Undecided> undecided,
    List<String> notes,
    List<InputError> errors) {

  public DiagnoseReport {
    timeline = List.copyOf(timeline);
    causes = List.copyOf(causes);
    undecided = List.copyOf(undecided);
    notes = List.copyOf(notes);
    errors = List.copyOf(errors);
  }
}
