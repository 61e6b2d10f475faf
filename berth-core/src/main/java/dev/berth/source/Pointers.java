package dev.berth.source;

/** RFC 6901 JSON pointers. */
public final class Pointers {

  private Pointers() {}

  /** The pointer of member {@code key} under {@code parent}, escaping "~" and "/". */
  public static String child(String parent, String key) {
    return parent + "/" + key.replace("~", "~0").replace("/", "~1");
  }

  /** The pointer of element {@code index} under {@code parent}. */
  public static String child(String parent, int index) {
    return parent + "/" + index;
  }
}
