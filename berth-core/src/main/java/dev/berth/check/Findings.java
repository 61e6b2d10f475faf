package dev.berth.check;

import dev.berth.source.Node;
import dev.berth.source.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/** Collects the findings of one rule, stamping each with the rule's ID and severity. */
public final class Findings {

  private final List<Finding> found = new ArrayList<>();
  private final Rule current;

  Findings(Rule rule) {
    this.current = rule;
  }

  /** A finding about a value, at the rule's severity. */
  public void report(Node at, String message, String fix) {
    report(current.severity(), Location.of(at), message, fix);
  }

  /** A finding about a member's key, at the rule's severity. */
  public void reportKey(ObjectNode.Member at, String message, String fix) {
    report(current.severity(), Location.ofKey(at), message, fix);
  }

  /** A finding at a severity other than the rule's usual one. */
  public void report(Severity severity, Node at, String message, String fix) {
    report(severity, Location.of(at), message, fix);
  }

  public void reportKey(Severity severity, ObjectNode.Member at, String message, String fix) {
    report(severity, Location.ofKey(at), message, fix);
  }

  /**
   * A rule failed on one document: a bug in berth, reported where the document starts so that the
   * other documents and rules still run and the user can send the file in.
   */
  void ruleFailed(Node document, RuntimeException failure) {
    report(
        Severity.ERROR,
        Location.of(document),
        "berth's rule "
            + current.id()
            + " failed on this document ("
            + failure.getClass().getSimpleName()
            + "); this is a bug in berth, not in the file",
        "please report it with this file; the other rules still ran");
  }

  private void report(Severity severity, Location location, String message, String fix) {
    found.add(new Finding(current.id(), severity, message, fix, location));
  }

  List<Finding> all() {
    return found;
  }
}
