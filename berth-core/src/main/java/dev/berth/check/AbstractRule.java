package dev.berth.check;

/** The identity every rule carries: ID, usual severity, title and the AWS page it rests on. */
public abstract class AbstractRule implements Rule {

  private final String id;
  private final Severity severity;
  private final String title;
  private final String source;

  protected AbstractRule(String id, Severity severity, String title, String source) {
    this.id = id;
    this.severity = severity;
    this.title = title;
    this.source = source;
  }

  @Override
  public final String id() {
    return id;
  }

  @Override
  public final Severity severity() {
    return severity;
  }

  @Override
  public final String title() {
    return title;
  }

  @Override
  public final String source() {
    return source;
  }

  @Override
  public String toString() {
    return id + " " + title;
  }
}
