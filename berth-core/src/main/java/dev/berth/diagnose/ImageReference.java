package dev.berth.diagnose;

/** Facts about a container image reference as Docker resolves it. */
final class ImageReference {

  private ImageReference() {}

  /**
   * True when the reference names no registry: its first path part has no '.' or ':' and is not
   * localhost, so Docker looks it up on Docker Hub.
   */
  static boolean hasNoRegistry(String reference) {
    int slash = reference.indexOf('/');
    if (slash < 0) {
      return true;
    }
    String first = reference.substring(0, slash);
    return !first.contains(".") && !first.contains(":") && !first.equals("localhost");
  }

  /** The repository part without tag or digest. */
  static String repository(String reference) {
    String withoutDigest = reference.split("@", 2)[0];
    int slash = withoutDigest.lastIndexOf('/');
    int colon = withoutDigest.lastIndexOf(':');
    return colon > slash ? withoutDigest.substring(0, colon) : withoutDigest;
  }

  /** True when the image looks like it runs a JVM, judged by well-known image names. */
  static boolean looksLikeJvm(String reference) {
    String lower = reference.toLowerCase(java.util.Locale.ROOT);
    for (String hint :
        new String[] {
          "java",
          "jdk",
          "jre",
          "corretto",
          "temurin",
          "zulu",
          "spring",
          "tomcat",
          "jetty",
          "keycloak",
          "kafka",
          "elasticsearch",
          "gradle",
          "maven",
          "jenkins",
          "wildfly",
          "quarkus"
        }) {
      if (lower.contains(hint)) {
        return true;
      }
    }
    return false;
  }
}
