package dev.berth.aws;

/** A plan holds a step berth will not carry out; the message says what to do instead. */
public final class PlanRefusedException extends RuntimeException {

  public PlanRefusedException(String message) {
    super(message);
  }
}
