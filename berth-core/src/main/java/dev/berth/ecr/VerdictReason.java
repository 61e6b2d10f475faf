package dev.berth.ecr;

/**
 * Why an image got its verdict, in words. Kept in parts so that a preview of a large repository
 * shares the words of each rule and builds an image's sentence only when it is shown.
 *
 * @param opening the words before the image's own number
 * @param detail the words that are the image's own, before its number
 * @param number the image's own number (its rank, or its age in days); {@link #NONE} for none
 * @param closing the words after the number
 */
public record VerdictReason(String opening, String detail, long number, String closing) {

  /** No number in the sentence. */
  public static final long NONE = Long.MIN_VALUE;

  public static VerdictReason of(String text) {
    return new VerdictReason(text, "", NONE, "");
  }

  public String text() {
    return number == NONE ? opening + detail + closing : opening + detail + number + closing;
  }

  @Override
  public String toString() {
    return text();
  }
}
