package dev.berth.diagnose;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NetworkPathTest {

  private static final String SERVICE =
      "{\"services\": [{\"serviceName\": \"web\", \"launchType\": \"FARGATE\","
          + " \"networkConfiguration\": {\"awsvpcConfiguration\": {\"subnets\": [\"subnet-1\"],"
          + " \"securityGroups\": [\"sg-1\"], \"assignPublicIp\": \"DISABLED\"}}}]}";

  private static Verdict blocked(Map<String, String> files) {
    Map<String, String> all = new HashMap<>(files);
    all.put("describe-services.json", SERVICE);
    Snapshot snapshot = new SnapshotReader().read(all);
    EcsService service =
        new EcsService(snapshot.items(SnapshotFile.DESCRIBE_SERVICES).findFirst().get());
    return new NetworkPath(snapshot, service).blocked(List.of("secretsmanager"), false);
  }

  @Test
  void aSubnetWithoutItsOwnTableUsesTheVpcsMainTable() {
    Verdict verdict =
        blocked(
            Map.of(
                "describe-subnets.json",
                "{\"Subnets\": [{\"SubnetId\": \"subnet-1\", \"VpcId\": \"vpc-1\"}]}",
                "describe-route-tables.json",
                "{\"RouteTables\": [{\"RouteTableId\": \"rtb-main\", \"VpcId\": \"vpc-1\","
                    + " \"Associations\": [{\"Main\": true}], \"Routes\": [{\"DestinationCidrBlock\":"
                    + " \"0.0.0.0/0\", \"NatGatewayId\": \"nat-1\", \"State\": \"active\"}]}]}",
                "describe-security-groups.json",
                "{\"SecurityGroups\": [{\"GroupId\": \"sg-1\", \"IpPermissionsEgress\":"
                    + " [{\"IpProtocol\": \"tcp\", \"FromPort\": 443, \"ToPort\": 443,"
                    + " \"IpRanges\": [{\"CidrIp\": \"0.0.0.0/0\"}]}]}]}"));

    assertThat(verdict.status()).isEqualTo(Verdict.Status.REFUTED);
  }

  @Test
  void aBlackholedNatRouteIsNoWayOut() {
    Verdict verdict =
        blocked(
            Map.of(
                "describe-route-tables.json",
                "{\"RouteTables\": [{\"RouteTableId\": \"rtb-1\", \"VpcId\": \"vpc-1\","
                    + " \"Associations\": [{\"SubnetId\": \"subnet-1\"}], \"Routes\":"
                    + " [{\"DestinationCidrBlock\": \"0.0.0.0/0\", \"NatGatewayId\": \"nat-gone\","
                    + " \"State\": \"blackhole\"}]}]}",
                "describe-vpc-endpoints.json",
                "{\"VpcEndpoints\": []}"));

    assertThat(verdict.isProven()).isTrue();
    assertThat(verdict.evidence()).anyMatch(e -> e.contains("no 0.0.0.0/0 route"));
    assertThat(verdict.fix()).anyMatch(f -> f.contains("com.amazonaws.REGION.secretsmanager"));
  }

  @Test
  void aTransitGatewayRouteIsUndecidedNotBlamed() {
    Verdict verdict =
        blocked(
            Map.of(
                "describe-route-tables.json",
                "{\"RouteTables\": [{\"RouteTableId\": \"rtb-1\", \"VpcId\": \"vpc-1\","
                    + " \"Associations\": [{\"SubnetId\": \"subnet-1\"}], \"Routes\":"
                    + " [{\"DestinationCidrBlock\": \"0.0.0.0/0\", \"TransitGatewayId\": \"tgw-1\","
                    + " \"State\": \"active\"}]}]}",
                "describe-security-groups.json",
                "{\"SecurityGroups\": [{\"GroupId\": \"sg-1\", \"IpPermissionsEgress\":"
                    + " [{\"IpProtocol\": \"-1\", \"IpRanges\": [{\"CidrIp\": \"0.0.0.0/0\"}]}]}]}"));

    assertThat(verdict.status()).isEqualTo(Verdict.Status.UNDECIDED);
  }
}
