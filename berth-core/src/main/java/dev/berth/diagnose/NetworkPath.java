package dev.berth.diagnose;

import static dev.berth.diagnose.SnapshotFile.DESCRIBE_ROUTE_TABLES;
import static dev.berth.diagnose.SnapshotFile.DESCRIBE_SECURITY_GROUPS;
import static dev.berth.diagnose.SnapshotFile.DESCRIBE_SUBNETS;
import static dev.berth.diagnose.SnapshotFile.DESCRIBE_VPC_ENDPOINTS;

import dev.berth.source.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Whether a task's network interface can reach AWS services: through an internet gateway with a
 * public IP, a NAT gateway, or VPC endpoints, and out through its security groups on HTTPS. Since
 * Fargate platform 1.4.0 image pulls, secrets and logs all use the task's own interface.
 */
final class NetworkPath {

  /** Where the task's default route leads. */
  private enum Exit {
    INTERNET,
    NONE,
    OPAQUE
  }

  private final Snapshot snapshot;
  private final EcsService service;

  NetworkPath(Snapshot snapshot, EcsService service) {
    this.snapshot = snapshot;
    this.service = service;
  }

  /**
   * Whether the task can reach every one of {@code endpoints} (short service names such as
   * "ecr.dkr", "s3", "secretsmanager"); {@code needsInternet} when a destination (Docker Hub, a
   * third-party registry) has no VPC endpoint.
   */
  Verdict blocked(List<String> endpoints, boolean needsInternet) {
    return blocked(service.subnets(), endpoints, needsInternet);
  }

  /** As {@link #blocked(List, boolean)}, for the subnets the failing tasks actually ran in. */
  Verdict blocked(List<String> subnets, List<String> endpoints, boolean needsInternet) {
    if (subnets.isEmpty()) {
      return Verdict.undecided(
          "the service has no awsvpcConfiguration subnets in describe-services.json",
          Set.of("describe-services.json"));
    }
    List<String> evidence = new ArrayList<>();
    List<String> fix = new ArrayList<>();
    Set<String> missing = new LinkedHashSet<>();
    boolean anyOpaque = false;

    for (String subnet : subnets) {
      Optional<ObjectNode> table = routeTable(subnet);
      if (table.isEmpty()) {
        missing.add(DESCRIBE_ROUTE_TABLES.fileName());
        if (!snapshot.has(DESCRIBE_SUBNETS)) {
          missing.add(DESCRIBE_SUBNETS.fileName());
        }
        continue;
      }
      String tableId = Json.text(table.get(), "RouteTableId").orElse("(route table)");
      Exit exit = exit(table.get(), subnet, evidence);
      if (exit == Exit.OPAQUE) {
        anyOpaque = true;
        continue;
      }
      if (exit == Exit.INTERNET) {
        continue;
      }
      if (needsInternet) {
        evidence.add(
            "the image's registry has no VPC endpoint, so subnet "
                + subnet
                + " needs a NAT gateway or a public IP");
        fix.add("Route 0.0.0.0/0 of " + tableId + " to a NAT gateway.");
        continue;
      }
      if (!snapshot.has(DESCRIBE_VPC_ENDPOINTS)) {
        missing.add(DESCRIBE_VPC_ENDPOINTS.fileName());
        continue;
      }
      List<String> absent = absentEndpoints(endpoints, tableId, vpcOf(table.get()));
      if (!absent.isEmpty()) {
        evidence.add(
            "describe-vpc-endpoints.json has no available endpoint for "
                + String.join(", ", absent)
                + " in the subnet's VPC"
                + (absent.contains("s3")
                    ? " (s3 must be a gateway endpoint on " + tableId + ")"
                    : ""));
        fix.add(
            "Add the VPC endpoints "
                + String.join(", ", absent.stream().map(a -> "com.amazonaws.REGION." + a).toList())
                + ", or a NAT gateway route on "
                + tableId
                + ".");
      }
    }

    Verdict egress = egress();
    if (egress.isProven()) {
      evidence.addAll(egress.evidence());
      fix.addAll(egress.fix());
    } else if (egress.status() == Verdict.Status.UNDECIDED) {
      missing.addAll(egress.missing());
    }

    if (!fix.isEmpty()) {
      return Verdict.proven(evidence, List.copyOf(new LinkedHashSet<>(fix)));
    }
    if (anyOpaque) {
      return Verdict.undecided(
          "the default route leads to a transit gateway, appliance or peering that berth cannot"
              + " see past",
          Set.of());
    }
    if (!missing.isEmpty()) {
      return Verdict.undecided("the network path cannot be followed", missing);
    }
    return Verdict.refuted(evidence);
  }

  private Exit exit(ObjectNode table, String subnet, List<String> evidence) {
    String tableId = Json.text(table, "RouteTableId").orElse("(route table)");
    Optional<ObjectNode> defaultRoute =
        Json.objects(table, "Routes")
            .filter(
                r -> Json.text(r, "DestinationCidrBlock").map("0.0.0.0/0"::equals).orElse(false))
            .filter(r -> !Json.text(r, "State").map("blackhole"::equals).orElse(false))
            .findFirst();
    if (defaultRoute.isEmpty()) {
      evidence.add(
          table.position()
              + " route table "
              + tableId
              + " of subnet "
              + subnet
              + " has no 0.0.0.0/0 route: no internet access");
      return Exit.NONE;
    }
    ObjectNode route = defaultRoute.get();
    if (route.scalar("NatGatewayId").isPresent()) {
      return Exit.INTERNET;
    }
    Optional<String> gateway = Json.text(route, "GatewayId");
    if (gateway.isPresent() && gateway.get().startsWith("igw-")) {
      boolean publicIp = service.onFargate() && "ENABLED".equals(service.assignPublicIp());
      if (publicIp) {
        return Exit.INTERNET;
      }
      evidence.add(
          route.position()
              + " subnet "
              + subnet
              + " routes 0.0.0.0/0 to "
              + gateway.get()
              + " (a public subnet), but the task has no public IP (assignPublicIp "
              + service.assignPublicIp()
              + (service.onFargate() ? "" : "; tasks on EC2 never get one")
              + ")");
      return Exit.NONE;
    }
    return Exit.OPAQUE;
  }

  private Optional<ObjectNode> routeTable(String subnet) {
    List<ObjectNode> tables = snapshot.items(DESCRIBE_ROUTE_TABLES).toList();
    Optional<ObjectNode> explicit =
        tables.stream()
            .filter(
                t ->
                    Json.objects(t, "Associations")
                        .anyMatch(a -> Json.text(a, "SubnetId").map(subnet::equals).orElse(false)))
            .findFirst();
    if (explicit.isPresent()) {
      return explicit;
    }
    // A subnet without its own association uses its VPC's main route table.
    Optional<String> vpc =
        snapshot
            .items(DESCRIBE_SUBNETS)
            .filter(s -> Json.text(s, "SubnetId").map(subnet::equals).orElse(false))
            .findFirst()
            .flatMap(s -> Json.text(s, "VpcId"));
    return vpc.flatMap(
        v ->
            tables.stream()
                .filter(t -> Json.text(t, "VpcId").map(v::equals).orElse(false))
                .filter(
                    t ->
                        Json.objects(t, "Associations")
                            .anyMatch(a -> Json.flag(a, "Main").orElse(false)))
                .findFirst());
  }

  private static Optional<String> vpcOf(ObjectNode table) {
    return Json.text(table, "VpcId");
  }

  private List<String> absentEndpoints(List<String> wanted, String tableId, Optional<String> vpc) {
    List<ObjectNode> available =
        snapshot
            .items(DESCRIBE_VPC_ENDPOINTS)
            .filter(
                e -> Json.text(e, "State").map(s -> s.equalsIgnoreCase("available")).orElse(true))
            .filter(e -> vpc.isEmpty() || Json.text(e, "VpcId").map(vpc.get()::equals).orElse(true))
            .toList();
    List<String> absent = new ArrayList<>();
    for (String name : wanted) {
      boolean present =
          available.stream()
              .filter(
                  e -> Json.text(e, "ServiceName").map(s -> s.endsWith("." + name)).orElse(false))
              .anyMatch(e -> reaches(e, name, tableId));
      if (!present) {
        absent.add(name);
      }
    }
    return absent;
  }

  /** A gateway endpoint serves only the route tables it is attached to. */
  private static boolean reaches(ObjectNode endpoint, String name, String tableId) {
    boolean gateway = Json.text(endpoint, "VpcEndpointType").map("Gateway"::equals).orElse(false);
    if (gateway) {
      return Json.strings(endpoint, "RouteTableIds").contains(tableId);
    }
    // Without private DNS the default service names do not resolve to an interface endpoint.
    return Json.flag(endpoint, "PrivateDnsEnabled").orElse(true) || name.equals("s3");
  }

  /** Proven when none of the task's security groups lets HTTPS out. */
  Verdict egress() {
    List<String> groups = service.securityGroups();
    if (groups.isEmpty()) {
      return Verdict.undecided("no security groups in describe-services.json", Set.of());
    }
    if (!snapshot.has(DESCRIBE_SECURITY_GROUPS)) {
      return Verdict.undecided(
          "the security groups are not in the snapshot",
          Set.of(DESCRIBE_SECURITY_GROUPS.fileName()));
    }
    List<ObjectNode> found =
        snapshot
            .items(DESCRIBE_SECURITY_GROUPS)
            .filter(g -> Json.text(g, "GroupId").map(groups::contains).orElse(false))
            .toList();
    if (found.size() < groups.size()) {
      return Verdict.undecided(
          "describe-security-groups.json lacks some of " + groups,
          Set.of(DESCRIBE_SECURITY_GROUPS.fileName()));
    }
    boolean https =
        found.stream()
            .flatMap(g -> Json.objects(g, "IpPermissionsEgress"))
            .anyMatch(p -> Permissions.coversPort(p, 443) && Permissions.hasDestination(p));
    if (https) {
      return Verdict.refuted(List.of());
    }
    return Verdict.proven(
        List.of(
            found.get(0).position()
                + " security groups "
                + String.join(", ", groups)
                + " have no egress rule allowing TCP 443"),
        List.of("Allow outbound TCP 443 in security group " + groups.get(0) + "."));
  }
}
