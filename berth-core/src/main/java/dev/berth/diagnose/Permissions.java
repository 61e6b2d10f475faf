package dev.berth.diagnose;

import dev.berth.source.ObjectNode;

/** Security group rules (IpPermissions) as describe-security-groups prints them. */
final class Permissions {

  private Permissions() {}

  /** True when the rule admits TCP traffic on {@code port}: protocol -1, or tcp with the port. */
  static boolean coversPort(ObjectNode permission, long port) {
    String protocol = Json.text(permission, "IpProtocol").orElse("");
    if (protocol.equals("-1") || protocol.equalsIgnoreCase("all")) {
      return true;
    }
    if (!protocol.equalsIgnoreCase("tcp") && !protocol.equals("6")) {
      return false;
    }
    long from = Json.number(permission, "FromPort").orElse(0L);
    long to = Json.number(permission, "ToPort").orElse(65535L);
    return from <= port && port <= to;
  }

  /** True when the rule names any peer: an address range, a prefix list or a group. */
  static boolean hasDestination(ObjectNode permission) {
    return Json.objects(permission, "IpRanges").findAny().isPresent()
        || Json.objects(permission, "Ipv6Ranges").findAny().isPresent()
        || Json.objects(permission, "PrefixListIds").findAny().isPresent()
        || Json.objects(permission, "UserIdGroupPairs").findAny().isPresent();
  }
}
