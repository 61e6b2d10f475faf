"""Writes the snapshot fixtures under ../resources/snapshots (run: python3 generate.py).

Every folder shares one service and differs in the files its case is about; the shapes follow
the AWS CLI's JSON output for each call. The moto recording and the truncated file are kept.
"""
import json, os, copy, shutil
ROOT=os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'resources', 'snapshots')
# Recorded and hand-cut folders are kept; every generated folder is rewritten.
KEEP={'moto-private-subnet-ecr-endpoints-without-s3','malformed-truncated-tasks','README.md'}
for entry in os.listdir(ROOT):
    if entry not in KEEP:
        shutil.rmtree(os.path.join(ROOT, entry))
ACC='123456789012'; R='eu-west-1'
CL=f'arn:aws:ecs:{R}:{ACC}:cluster/prod'
SVC=f'arn:aws:ecs:{R}:{ACC}:service/prod/web'
TD=f'arn:aws:ecs:{R}:{ACC}:task-definition/web:7'
TG=f'arn:aws:elasticloadbalancing:{R}:{ACC}:targetgroup/web-tg/0123456789abcdef'
LB=f'arn:aws:elasticloadbalancing:{R}:{ACC}:loadbalancer/app/web-alb/fedcba9876543210'
IMG=f'{ACC}.dkr.ecr.{R}.amazonaws.com/web:1.4.2'
EXEC_ROLE=f'arn:aws:iam::{ACC}:role/web-execution'
TASK_ROLE=f'arn:aws:iam::{ACC}:role/web-task'
NET={"awsvpcConfiguration":{"subnets":["subnet-0aaa1111"],"securityGroups":["sg-0task1111"],"assignPublicIp":"DISABLED"}}
def t(m): return f"2026-12-04T{m}.000000+00:00"

service={
 "serviceArn":SVC,"serviceName":"web","clusterArn":CL,
 "loadBalancers":[{"targetGroupArn":TG,"containerName":"web","containerPort":8080}],
 "serviceRegistries":[],"status":"ACTIVE","desiredCount":2,"runningCount":1,"pendingCount":1,
 "launchType":"FARGATE","platformVersion":"LATEST","platformFamily":"Linux","taskDefinition":TD,
 "deploymentConfiguration":{"deploymentCircuitBreaker":{"enable":True,"rollback":True},"maximumPercent":200,"minimumHealthyPercent":100},
 "deployments":[{"id":"ecs-svc/1111111111111111111","status":"PRIMARY","taskDefinition":TD,"desiredCount":2,"pendingCount":0,"runningCount":2,"failedTasks":0,
   "createdAt":t("12:00:00"),"updatedAt":t("12:05:00"),"launchType":"FARGATE","platformVersion":"1.4.0","platformFamily":"Linux",
   "networkConfiguration":NET,"rolloutState":"COMPLETED","rolloutStateReason":"ECS deployment ecs-svc/1111111111111111111 completed."}],
 "roleArn":f"arn:aws:iam::{ACC}:role/aws-service-role/ecs.amazonaws.com/AWSServiceRoleForECS",
 "events":[{"id":"3f2a8c1e-0000-4000-8000-000000000003","createdAt":t("12:03:00"),"message":"(service web) has started 1 tasks: (task 9f8e7d6c5b4a39281706f5e4d3c2b1a0)."},
   {"id":"3f2a8c1e-0000-4000-8000-000000000001","createdAt":t("11:05:00"),"message":"(service web) has reached a steady state."}],
 "createdAt":"2026-11-01T09:00:00.000000+00:00","placementConstraints":[],"placementStrategy":[],
 "networkConfiguration":NET,"healthCheckGracePeriodSeconds":90,"schedulingStrategy":"REPLICA",
 "deploymentController":{"type":"ECS"},"createdBy":f"arn:aws:iam::{ACC}:role/deployer",
 "enableECSManagedTags":True,"propagateTags":"NONE","enableExecuteCommand":False,"availabilityZoneRebalancing":"ENABLED"}
taskdef={"taskDefinition":{"taskDefinitionArn":TD,"containerDefinitions":[{
   "name":"web","image":IMG,"cpu":0,"memory":1536,"portMappings":[{"containerPort":8080,"hostPort":8080,"protocol":"tcp","name":"web-8080","appProtocol":"http"}],
   "essential":True,"environment":[{"name":"SPRING_PROFILES_ACTIVE","value":"prod"},{"name":"DB_PASSWORD","value":"hunter2-never-print-me"}],
   "mountPoints":[],"volumesFrom":[],
   "secrets":[{"name":"API_KEY","valueFrom":f"arn:aws:secretsmanager:{R}:{ACC}:secret:prod/web-AbCdEf:apiKey::"}],
   "logConfiguration":{"logDriver":"awslogs","options":{"awslogs-group":"/ecs/web","awslogs-region":R,"awslogs-stream-prefix":"web"}},
   "systemControls":[]}],
  "family":"web","taskRoleArn":TASK_ROLE,"executionRoleArn":EXEC_ROLE,"networkMode":"awsvpc","revision":7,"volumes":[],"status":"ACTIVE",
  "requiresAttributes":[{"name":"com.amazonaws.ecs.capability.logging-driver.awslogs"},{"name":"ecs.capability.execution-role-awslogs"},{"name":"com.amazonaws.ecs.capability.ecr-auth"},{"name":"ecs.capability.secrets.asm.environment-variables"},{"name":"ecs.capability.task-eni"}],
  "placementConstraints":[],"compatibilities":["EC2","FARGATE"],"requiresCompatibilities":["FARGATE"],"cpu":"1024","memory":"2048",
  "registeredAt":"2026-12-04T11:58:00.000000+00:00","registeredBy":f"arn:aws:iam::{ACC}:role/deployer"},"tags":[]}
def task(tid, status="RUNNING", containers=None, subnet="subnet-0aaa1111", **extra):
    arn=f"arn:aws:ecs:{R}:{ACC}:task/prod/{tid}"
    c=containers or [{"name":"web","lastStatus":status}]
    cs=[]
    for x in c:
        d={"containerArn":f"arn:aws:ecs:{R}:{ACC}:container/prod/{tid}/{x['name']}-0000","taskArn":arn,"name":x['name'],"image":x.get("image",IMG),
           "runtimeId":f"{tid}-1234567890","lastStatus":x.get("lastStatus",status),"networkBindings":[],
           "networkInterfaces":[{"attachmentId":"a1b2c3d4-0000-4000-8000-00000000000a","privateIpv4Address":"10.0.1.23"}],
           "healthStatus":"UNKNOWN","cpu":"0","memory":"1536"}
        for k in ("exitCode","reason","managedAgents"):
            if k in x: d[k]=x[k]
        cs.append(d)
    d={"attachments":[{"id":"a1b2c3d4-0000-4000-8000-00000000000a","type":"ElasticNetworkInterface","status":"DELETED" if status=="STOPPED" else "ATTACHED",
        "details":[{"name":"subnetId","value":subnet},{"name":"networkInterfaceId","value":"eni-0abc11112222"},{"name":"macAddress","value":"06:aa:bb:cc:dd:ee"},{"name":"privateIPv4Address","value":"10.0.1.23"}]}],
       "attributes":[{"name":"ecs.cpu-architecture","value":"x86_64"}],"availabilityZone":"eu-west-1a","clusterArn":CL,"connectivity":"CONNECTED",
       "connectivityAt":t("12:01:00"),"containers":cs,"cpu":"1024","createdAt":t("12:00:50"),"desiredStatus":status,
       "enableExecuteCommand":False,"group":"service:web","healthStatus":"UNKNOWN","lastStatus":status,"launchType":"FARGATE","memory":"2048",
       "overrides":{"containerOverrides":[{"name":"web"}],"inferenceAcceleratorOverrides":[]},"platformVersion":"1.4.0","platformFamily":"Linux",
       "pullStartedAt":t("12:01:05"),"startedBy":"ecs-svc/1111111111111111111","tags":[],"taskArn":arn,"taskDefinitionArn":TD,"version":3,"ephemeralStorage":{"sizeInGiB":20}}
    if status=="RUNNING":
        d.update({"pullStoppedAt":t("12:01:20"),"startedAt":t("12:01:30")})
    d.update(extra)
    return d
tasks={"tasks":[task("0a1b2c3d4e5f60718293a4b5c6d7e8f9")],"failures":[]}
subnets={"Subnets":[{"AvailabilityZone":"eu-west-1a","AvailabilityZoneId":"euw1-az1","AvailableIpAddressCount":249,"CidrBlock":"10.0.1.0/24",
  "DefaultForAz":False,"MapPublicIpOnLaunch":False,"State":"available","SubnetId":"subnet-0aaa1111","VpcId":"vpc-0abc1234","OwnerId":ACC,
  "AssignIpv6AddressOnCreation":False,"Ipv6CidrBlockAssociationSet":[],"Tags":[{"Key":"Name","Value":"prod-private-a"}],
  "SubnetArn":f"arn:aws:ec2:{R}:{ACC}:subnet/subnet-0aaa1111","EnableDns64":False,"Ipv6Native":False,
  "PrivateDnsNameOptionsOnLaunch":{"HostnameType":"ip-name","EnableResourceNameDnsARecord":False,"EnableResourceNameDnsAAAARecord":False}}]}
def rt(default_route):
    routes=[{"DestinationCidrBlock":"10.0.0.0/16","GatewayId":"local","Origin":"CreateRouteTable","State":"active"}]
    if default_route: routes.append(dict({"DestinationCidrBlock":"0.0.0.0/0","Origin":"CreateRoute","State":"active"},**default_route))
    return {"RouteTables":[{"Associations":[{"Main":False,"RouteTableAssociationId":"rtbassoc-0a1b2c3d","RouteTableId":"rtb-0priv1111","SubnetId":"subnet-0aaa1111","AssociationState":{"State":"associated"}}],
      "PropagatingVgws":[],"RouteTableId":"rtb-0priv1111","Routes":routes,"Tags":[],"VpcId":"vpc-0abc1234","OwnerId":ACC}]}
def ep(name, typ="Interface", rts=None):
    d={"VpcEndpointId":"vpce-0"+format(sum(ord(ch)*31**i for i,ch in enumerate(name))%16**12,"012x"),"VpcEndpointType":typ,"VpcId":"vpc-0abc1234","ServiceName":f"com.amazonaws.{R}.{name}","State":"available",
       "PolicyDocument":"{\"Version\":\"2008-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":\"*\",\"Action\":\"*\",\"Resource\":\"*\"}]}",
       "RouteTableIds":rts or [],"SubnetIds":["subnet-0aaa1111"] if typ=="Interface" else [],"Groups":[{"GroupId":"sg-0vpce111","GroupName":"endpoints"}] if typ=="Interface" else [],
       "PrivateDnsEnabled":typ=="Interface","RequesterManaged":False,"NetworkInterfaceIds":[],"DnsEntries":[],"CreationTimestamp":"2026-10-01T10:00:00+00:00","Tags":[],"OwnerId":ACC}
    return d
def sg(ingress=True, egress=True):
    ing=[{"FromPort":8080,"IpProtocol":"tcp","IpRanges":[],"Ipv6Ranges":[],"PrefixListIds":[],"ToPort":8080,"UserIdGroupPairs":[{"GroupId":"sg-0alb1111","UserId":ACC}]}] if ingress else []
    eg=[{"IpProtocol":"-1","IpRanges":[{"CidrIp":"0.0.0.0/0"}],"Ipv6Ranges":[],"PrefixListIds":[],"UserIdGroupPairs":[]}] if egress else []
    return {"SecurityGroups":[{"Description":"web tasks","GroupName":"web-tasks","IpPermissions":ing,"OwnerId":ACC,"GroupId":"sg-0task1111","IpPermissionsEgress":eg,"VpcId":"vpc-0abc1234"}]}
tgs={"TargetGroups":[{"TargetGroupArn":TG,"TargetGroupName":"web-tg","Protocol":"HTTP","Port":8080,"VpcId":"vpc-0abc1234","HealthCheckProtocol":"HTTP","HealthCheckPort":"traffic-port",
  "HealthCheckEnabled":True,"HealthCheckIntervalSeconds":30,"HealthCheckTimeoutSeconds":5,"HealthyThresholdCount":5,"UnhealthyThresholdCount":2,"HealthCheckPath":"/health",
  "Matcher":{"HttpCode":"200"},"LoadBalancerArns":[LB],"TargetType":"ip","ProtocolVersion":"HTTP1","IpAddressType":"ipv4"}]}
def tga(delay): return {"Attributes":[{"Key":"stickiness.enabled","Value":"false"},{"Key":"deregistration_delay.timeout_seconds","Value":str(delay)},{"Key":"stickiness.type","Value":"lb_cookie"},{"Key":"load_balancing.algorithm.type","Value":"round_robin"},{"Key":"slow_start.duration_seconds","Value":"0"}]}
def th(state="healthy", reason=None, desc=None):
    h={"State":state}
    if reason: h["Reason"]=reason
    if desc: h["Description"]=desc
    return {"TargetHealthDescriptions":[{"Target":{"Id":"10.0.1.23","Port":8080,"AvailabilityZone":"eu-west-1a"},"HealthCheckPort":"8080","TargetHealth":h}]}
lbs={"LoadBalancers":[{"LoadBalancerArn":LB,"DNSName":"web-alb-1234567890.eu-west-1.elb.amazonaws.com","CanonicalHostedZoneId":"Z32O12XQLNTSW2","CreatedTime":"2026-11-01T09:00:00.000000+00:00",
  "LoadBalancerName":"web-alb","Scheme":"internet-facing","VpcId":"vpc-0abc1234","State":{"Code":"active"},"Type":"application",
  "AvailabilityZones":[{"ZoneName":"eu-west-1a","SubnetId":"subnet-0pub1111","LoadBalancerAddresses":[]}],"SecurityGroups":["sg-0alb1111"],"IpAddressType":"ipv4"}]}
EXEC_POLICY=f"arn:aws:iam::aws:policy/service-role/AmazonECSTaskExecutionRolePolicy"
def iam(ecr=True, secrets=True, ssmmessages=True):
    exec_inline=[{"PolicyName":"read-web-secrets","PolicyDocument":{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":["secretsmanager:GetSecretValue"],"Resource":f"arn:aws:secretsmanager:{R}:{ACC}:secret:prod/web-*"}]}}] if secrets else []
    task_inline=[{"PolicyName":"ecs-exec","PolicyDocument":{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":["ssmmessages:CreateControlChannel","ssmmessages:CreateDataChannel","ssmmessages:OpenControlChannel","ssmmessages:OpenDataChannel"],"Resource":"*"}]}}] if ssmmessages else []
    trust={"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"ecs-tasks.amazonaws.com"},"Action":"sts:AssumeRole"}]}
    return {"UserDetailList":[],"GroupDetailList":[],"RoleDetailList":[
      {"Path":"/","RoleName":"web-execution","RoleId":"AROAEXAMPLEEXEC00001","Arn":EXEC_ROLE,"CreateDate":"2026-11-01T09:00:00+00:00","AssumeRolePolicyDocument":trust,
       "InstanceProfileList":[],"RolePolicyList":exec_inline,"AttachedManagedPolicies":[{"PolicyName":"AmazonECSTaskExecutionRolePolicy","PolicyArn":EXEC_POLICY}] if ecr else [],"Tags":[],"RoleLastUsed":{}},
      {"Path":"/","RoleName":"web-task","RoleId":"AROAEXAMPLETASK00001","Arn":TASK_ROLE,"CreateDate":"2026-11-01T09:00:00+00:00","AssumeRolePolicyDocument":trust,
       "InstanceProfileList":[],"RolePolicyList":task_inline,"AttachedManagedPolicies":[],"Tags":[],"RoleLastUsed":{}}],"Policies":[],"IsTruncated":False}

BASE={"describe-services":{"services":[service],"failures":[]},"describe-tasks":tasks,"describe-task-definition":taskdef,"describe-subnets":subnets,
 "describe-route-tables":rt({"NatGatewayId":"nat-0abc11112222"}),"describe-vpc-endpoints":{"VpcEndpoints":[]},"describe-security-groups":sg(),
 "describe-target-groups":tgs,"describe-target-group-attributes":tga(30),"describe-target-health":th(),"describe-load-balancers":lbs,
 "get-account-authorization-details":iam()}
def write(case, files):
    d=os.path.join(ROOT,case); os.makedirs(d, exist_ok=True)
    for name,content in files.items():
        if content is None: continue
        with open(os.path.join(d,name+".json"),"w") as f: f.write(json.dumps(content, indent=4, ensure_ascii=False)+"\n")
def case(name, drop=(), **over):
    files=copy.deepcopy(BASE)
    for k in drop: files.pop(k)
    for k,v in over.items(): files[k.replace('_','-')]=v
    write(name, files)
def svc(**changes):
    s=copy.deepcopy(service); 
    for k,v in changes.items():
        if v is None: s.pop(k,None)
        else: s[k]=v
    return {"services":[s],"failures":[]}
def stopped(tid="9f8e7d6c5b4a39281706f5e4d3c2b1a0", stopCode="TaskFailedToStart", reason=None, containers=None, subnet="subnet-0aaa1111", **extra):
    x=dict(stopCode=stopCode, stoppingAt=t("12:02:10"), stoppedAt=t("12:02:40"), executionStoppedAt=t("12:02:30"), **extra)
    if reason: x["stoppedReason"]=reason
    return {"tasks":[task(tid,"STOPPED",containers, subnet=subnet, **x)],"failures":[]}

# ---- cases ----
PULL_TIMEOUT=("CannotPullContainerError: pull image manifest has been retried 5 time(s): failed to resolve ref "+IMG+
 ": failed to do request: Head \"https://"+ACC+".dkr.ecr.eu-west-1.amazonaws.com/v2/web/manifests/1.4.2\": dial tcp 10.0.0.12:443: i/o timeout")
failing_events=[{"id":"3f2a8c1e-0000-4000-8000-000000000003","createdAt":t("12:03:00"),"message":"(service web) has started 1 tasks: (task 9f8e7d6c5b4a39281706f5e4d3c2b1a0)."},
  {"id":"3f2a8c1e-0000-4000-8000-000000000001","createdAt":t("11:05:00"),"message":"(service web) has reached a steady state."}]

case("healthy", describe_services=svc(runningCount=2, pendingCount=0, events=[{"id":"3f2a8c1e-0000-4000-8000-000000000001","createdAt":t("12:05:00"),"message":"(service web) has reached a steady state."}]))
# PULL001: private subnet with no default route and no endpoints.
case("pull001-private-no-nat", describe_tasks=stopped(reason=PULL_TIMEOUT), describe_route_tables=rt(None))
case("pull001-absent-nat-route", describe_tasks=stopped(reason=PULL_TIMEOUT))
case("pull001-public-subnet-no-public-ip", describe_tasks=stopped(reason=PULL_TIMEOUT), describe_route_tables=rt({"GatewayId":"igw-0abc1111"}))
case("pull001-absent-public-ip-enabled", describe_tasks=stopped(reason=PULL_TIMEOUT), describe_route_tables=rt({"GatewayId":"igw-0abc1111"}),
     describe_services=svc(networkConfiguration={"awsvpcConfiguration":{"subnets":["subnet-0aaa1111"],"securityGroups":["sg-0task1111"],"assignPublicIp":"ENABLED"}}))
case("pull001-egress-blocked", describe_tasks=stopped(reason=PULL_TIMEOUT), describe_security_groups=sg(egress=False))
case("pull001-undecided-no-route-tables", drop=["describe-route-tables","describe-subnets"], describe_tasks=stopped(reason=PULL_TIMEOUT))
case("pull001-absent-all-endpoints", describe_tasks=stopped(reason=PULL_TIMEOUT), describe_route_tables=rt(None),
     describe_vpc_endpoints={"VpcEndpoints":[ep("ecr.api"),ep("ecr.dkr"),ep("s3","Gateway",["rtb-0priv1111"]),ep("logs"),ep("secretsmanager")]})
case("pull001-s3-endpoint-not-on-route-table", describe_tasks=stopped(reason=PULL_TIMEOUT), describe_route_tables=rt(None),
     describe_vpc_endpoints={"VpcEndpoints":[ep("ecr.api"),ep("ecr.dkr"),ep("s3","Gateway",["rtb-0other999"]),ep("logs")]})

ECR_AUTH=("ResourceInitializationError: unable to pull secrets or registry auth: execution resource retrieval failed: unable to retrieve ecr registry auth: "
 "service call has been retried 3 time(s): RequestError: send request failed caused by: Post \"https://api.ecr.eu-west-1.amazonaws.com/\": dial tcp 10.0.0.12:443: i/o timeout")
ECR_DENIED=("CannotPullContainerError: pull image manifest has been retried 5 time(s): failed to resolve ref "+IMG+": pull access denied, repository does not exist or may require authorization: "
 "server message: insufficient_scope: authorization failed: AccessDeniedException: User: arn:aws:sts::"+ACC+":assumed-role/web-execution/1234 is not authorized to perform: ecr:BatchGetImage on resource: arn:aws:ecr:eu-west-1:"+ACC+":repository/web")
case("pull002-access-denied-message", describe_tasks=stopped(reason=ECR_DENIED))
ECR_AUTH_RETRIED=("ResourceInitializationError: unable to pull secrets or registry auth: execution resource retrieval failed: unable to retrieve ecr registry auth: service call has been retried 3 time(s): "
 "RequestError: send request failed caused by: Post \"https://api.ecr.eu-west-1.amazonaws.com/\": EOF")
case("pull002-role-without-ecr", describe_tasks=stopped(reason=ECR_AUTH_RETRIED), get_account_authorization_details=iam(ecr=False))
case("pull002-absent-role-has-managed-policy", describe_tasks=stopped(reason=ECR_AUTH_RETRIED))

case("pull003-tag-not-found", describe_tasks=stopped(reason="CannotPullContainerError: pull image manifest has been retried 1 time(s): failed to resolve ref "+ACC+".dkr.ecr.eu-west-1.amazonaws.com/web:1.4.3: "+ACC+".dkr.ecr.eu-west-1.amazonaws.com/web:1.4.3: not found"))
case("pull004-docker-hub-short-name", describe_tasks=stopped(reason="CannotPullContainerError: Error response from daemon: manifest for web:0f6b3cdf5e24f0da3dd932acd84fd90e9786a522 not found"))
case("pull005-docker-hub-rate-limit", describe_tasks=stopped(reason="CannotPullContainerError: inspect image has been retried 5 time(s): httpReaderSeeker: failed open: unexpected status code https://registry-1.docker.io/v2/library/nginx/manifests/sha256:330a24bcd4e0058d70e70a0bb1ff805065161ffe3aa96296f09b555d: 429 Too Many Requests - Server message: toomanyrequests: You have reached your pull rate limit."))
case("pull006-exec-format-error", describe_tasks=stopped(stopCode="EssentialContainerExited", reason="Essential container in task exited",
     containers=[{"name":"web","exitCode":255,"reason":"CannotStartContainerError: ResourceInitializationError: failed to create new container runtime task: failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: exec: \"/app/server\": exec format error: unknown"}]))

REG_AUTH=("ResourceInitializationError: unable to pull secrets or registry auth: execution resource retrieval failed: unable to get registry auth from asm: service call has been retried 5 time(s): "
 "asm fetching secret from the service for arn:aws:secretsmanager:eu-west-1:"+ACC+":secret:dockerhub-AbCdEf: RequestError: send request failed caused by: Post \"https://secretsmanager.eu-west-1.amazonaws.com/\": dial tcp 10.0.0.14:443: i/o timeout")
ENDPOINTS_NO_SM={"VpcEndpoints":[ep("ecr.api"),ep("ecr.dkr"),ep("s3","Gateway",["rtb-0priv1111"]),ep("logs")]}
# Registry auth from Secrets Manager happens only for a container with repositoryCredentials.
registry_td=copy.deepcopy(taskdef)
registry_td["taskDefinition"]["containerDefinitions"][0]["repositoryCredentials"]={"credentialsParameter":f"arn:aws:secretsmanager:{R}:{ACC}:secret:dockerhub-AbCdEf"}
case("pull007-registry-auth-no-secretsmanager-endpoint", describe_task_definition=registry_td, describe_tasks=stopped(reason=REG_AUTH), describe_route_tables=rt(None), describe_vpc_endpoints=ENDPOINTS_NO_SM)
case("pull007-absent-nat", describe_task_definition=registry_td, describe_tasks=stopped(reason=REG_AUTH))

SECRET_RETRIED=("ResourceInitializationError: unable to pull secrets or registry auth: execution resource retrieval failed: unable to retrieve secret from asm: service call has been retried 1 time(s): "
 "failed to fetch secret arn:aws:secretsmanager:eu-west-1:"+ACC+":secret:prod/web-AbCdEf from secrets manager: RequestCanceled: request context canceled caused by: context deadline exceeded")
case("secret001-no-secretsmanager-endpoint", describe_tasks=stopped(reason=SECRET_RETRIED), describe_route_tables=rt(None), describe_vpc_endpoints=ENDPOINTS_NO_SM)
case("secret001-absent-endpoint-present", describe_tasks=stopped(reason=SECRET_RETRIED), describe_route_tables=rt(None),
     describe_vpc_endpoints={"VpcEndpoints":ENDPOINTS_NO_SM["VpcEndpoints"]+[ep("secretsmanager")]})
SECRET_DENIED=("ResourceInitializationError: unable to pull secrets or registry auth: execution resource retrieval failed: unable to retrieve secret from asm: service call has been retried 1 time(s): "
 "failed to fetch secret arn:aws:secretsmanager:eu-west-1:"+ACC+":secret:prod/web-AbCdEf from secrets manager: AccessDeniedException: User: arn:aws:sts::"+ACC+":assumed-role/web-execution/abc "
 "is not authorized to perform: secretsmanager:GetSecretValue on resource: arn:aws:secretsmanager:eu-west-1:"+ACC+":secret:prod/web-AbCdEf because no identity-based policy allows the secretsmanager:GetSecretValue action")
case("secret002-access-denied", describe_tasks=stopped(reason=SECRET_DENIED), get_account_authorization_details=iam(secrets=False))
case("secret002-role-lacks-get-secret-value", describe_tasks=stopped(reason=SECRET_RETRIED), get_account_authorization_details=iam(secrets=False))
case("secret002-absent-role-allows", describe_tasks=stopped(reason=SECRET_RETRIED))
case("secret003-missing-json-key", describe_tasks=stopped(reason="ResourceInitializationError: unable to pull secrets or registry auth: execution resource retrieval failed: unable to retrieve secrets from ssm: ... retrieved secret from Secrets Manager did not contain json key apiKey"))

# Memory.
jvm_td=copy.deepcopy(taskdef)
jvm_td["taskDefinition"]["containerDefinitions"][0]["environment"].append({"name":"JAVA_TOOL_OPTIONS","value":"-Xmx2g -XX:+UseG1GC"})
case("oom001-out-of-memory-jvm", describe_task_definition=jvm_td,
     describe_tasks=stopped(stopCode="EssentialContainerExited", reason="Essential container in task exited",
        containers=[{"name":"web","exitCode":137,"reason":"OutOfMemoryError: Container killed due to memory usage"}]))
case("oom001-reason-with-exit-zero", describe_tasks=stopped(stopCode="EssentialContainerExited", reason="Essential container in task exited",
        containers=[{"name":"web","exitCode":0,"reason":"OutOfMemoryError: Container killed due to memory usage"}]))
case("oom001-absent-137-after-scale-in", describe_tasks=stopped(stopCode="ServiceSchedulerInitiated", reason="Scaling activity initiated by (deployment ecs-svc/1111111111111111111)",
        containers=[{"name":"web","exitCode":137}]))

# Exit codes.
def exited(code, name="web"):
    return stopped(stopCode="EssentialContainerExited", reason="Essential container in task exited", containers=[{"name":name,"exitCode":code}])
case("exit001-application-error", describe_tasks=exited(1))
case("exit002-command-not-found", describe_tasks=exited(127))
case("exit003-segfault", describe_tasks=exited(139))
case("exit004-sigterm", describe_tasks=exited(143))
sidecar_td=copy.deepcopy(taskdef)
sidecar_td["taskDefinition"]["containerDefinitions"].append({"name":"log-shipper","image":"public.ecr.aws/aws-observability/aws-for-fluent-bit:2.32.4","essential":False,"memoryReservation":50,"environment":[],"mountPoints":[],"volumesFrom":[],"portMappings":[]})
case("exit001-absent-non-essential-sidecar", describe_task_definition=sidecar_td,
     describe_tasks={"tasks":[task("0a1b2c3d4e5f60718293a4b5c6d7e8f9", containers=[{"name":"web","lastStatus":"RUNNING"},{"name":"log-shipper","lastStatus":"STOPPED","exitCode":1}])],"failures":[]})

# Load balancer health checks.
def events(*messages):
    out=[]
    for i,m in enumerate(messages):
        out.append({"id":f"3f2a8c1e-0000-4000-8000-0000000001{i:02d}","createdAt":t(f"12:{10-i:02d}:00"),"message":m})
    out.append({"id":"3f2a8c1e-0000-4000-8000-000000000001","createdAt":t("11:05:00"),"message":"(service web) has reached a steady state."})
    return out
UNHEALTHY_404="(service web) (port 8080) is unhealthy in (target-group "+TG+") due to (reason Health checks failed with these codes: [404])."
HC_STOP=stopped(stopCode="ServiceSchedulerInitiated", reason="Task failed ELB health checks in (target-group "+TG+")", containers=[{"name":"web","exitCode":143}])
case("elb003-elb004-timeout-security-group", describe_security_groups=sg(ingress=False), describe_tasks=HC_STOP,
     describe_target_health=th("unhealthy","Target.Timeout","Request timed out"))
case("elb004-absent-ingress-from-alb", describe_tasks=HC_STOP, describe_target_health=th("unhealthy","Target.Timeout","Request timed out"))

# Placement and capacity (events the scheduler writes).
case("place001-no-container-instances", describe_services=svc(launchType="EC2", runningCount=0, events=events(
    "(service web) was unable to place a task because no container instance met all of its requirements. Reason: No Container Instances were found in your cluster. For more information, see the Troubleshooting section of the Amazon ECS Developer Guide.")))
case("place004-missing-attribute", describe_services=svc(launchType="EC2", runningCount=0, events=events(
    "(service web) was unable to place a task because no container instance met all of its requirements. The closest matching (container-instance 0f1e2d3c4b5a69788796a5b4c3d2e1f0) is missing an attribute required by your task. For more information, see the Troubleshooting section.")))
case("cap001-fargate-capacity", describe_services=svc(runningCount=1, events=events(
    "(service web) was unable to place a task. Reason: Capacity is unavailable at this time. Please try again later or in a different availability zone. For more information, see the Troubleshooting section of the Amazon ECS Developer Guide.")))
case("cap002-spot-interruption", describe_tasks=stopped(stopCode="SpotInterruption", reason="Your Spot Task was interrupted.", containers=[{"name":"web","exitCode":143}]))
case("place-absent-old-events-before-steady-state", describe_services=svc(events=[
    {"id":"3f2a8c1e-0000-4000-8000-000000000009","createdAt":t("12:05:00"),"message":"(service web) has reached a steady state."},
    {"id":"3f2a8c1e-0000-4000-8000-000000000008","createdAt":t("11:00:00"),"message":"(service web) was unable to place a task. Reason: Capacity is unavailable at this time. Please try again later or in a different availability zone."}]))

# Deployments.
failed_dep=copy.deepcopy(service["deployments"][0]); failed_dep.update(id="ecs-svc/2222222222222222222", status="PRIMARY", rolloutState="FAILED", failedTasks=3, runningCount=0,
    rolloutStateReason="ECS deployment circuit breaker: tasks failed to start.", taskDefinition=TD.replace(":7",":8"), createdAt=t("12:20:00"), updatedAt=t("12:31:00"))
case("deploy001-rolled-back", describe_services=svc(deployments=[failed_dep], events=events(
    "(service web) (deployment ecs-svc/2222222222222222222) deployment failed: tasks failed to start.",
    "(service web) rolling back to deployment ecs-svc/1111111111111111111.")))
stuck=copy.deepcopy(service["deployments"][0]); stuck.update(id="ecs-svc/3333333333333333333", rolloutState="IN_PROGRESS", failedTasks=14, runningCount=0,
    rolloutStateReason="ECS deployment ecs-svc/3333333333333333333 in progress.", createdAt=t("11:10:00"), updatedAt=t("12:02:40"))
case("deploy002-no-circuit-breaker", describe_services=svc(deployments=[stuck], deploymentConfiguration={"maximumPercent":200,"minimumHealthyPercent":100}),
     describe_tasks=exited(1))
case("deploy002-absent-breaker-with-rollback", describe_services=svc(deployments=[stuck]), describe_tasks=exited(1))
draining_events=events("(service web) has begun draining connections on 1 tasks.","(service web) deregistered 1 targets in (target-group "+TG+")")
case("deploy003-long-deregistration-delay", describe_services=svc(events=draining_events), describe_target_group_attributes=tga(300),
     describe_target_health=th("draining","Target.DeregistrationInProgress","Target deregistration is in progress"))
case("deploy003-absent-short-delay", describe_services=svc(events=draining_events),
     describe_target_health=th("draining","Target.DeregistrationInProgress","Target deregistration is in progress"))

# ECS Exec.
exec_svc=svc(enableExecuteCommand=True)
agents_ok=[{"lastStartedAt":t("12:01:40"),"name":"ExecuteCommandAgent","lastStatus":"RUNNING"}]
running_exec={"tasks":[task("0a1b2c3d4e5f60718293a4b5c6d7e8f9", containers=[{"name":"web","lastStatus":"RUNNING","managedAgents":agents_ok}], enableExecuteCommand=True)],"failures":[]}
case("exec-absent-all-in-place", describe_services=exec_svc, describe_tasks=running_exec)
case("exec001-task-started-before-enabled", describe_services=exec_svc,
     describe_tasks={"tasks":[task("0a1b2c3d4e5f60718293a4b5c6d7e8f9", enableExecuteCommand=False)],"failures":[]})
case("exec002-task-role-lacks-ssmmessages", describe_services=exec_svc, describe_tasks=running_exec, get_account_authorization_details=iam(ssmmessages=False))
case("exec003-no-ssmmessages-endpoint", describe_services=exec_svc, describe_tasks=running_exec, describe_route_tables=rt(None), describe_vpc_endpoints=ENDPOINTS_NO_SM)
case("exec004-agent-stopped", describe_services=exec_svc,
     describe_tasks={"tasks":[task("0a1b2c3d4e5f60718293a4b5c6d7e8f9", containers=[{"name":"web","lastStatus":"RUNNING","managedAgents":[{"name":"ExecuteCommandAgent","lastStatus":"STOPPED","reason":"ExecuteCommandAgent failed to start"}]}], enableExecuteCommand=True)],"failures":[]})

# Platform.
case("plat001-platform-1-3-0", describe_services=svc(platformVersion="1.3.0"))
case("pull005-absent-docker-hub-timeout-with-nat", describe_tasks=stopped(reason="CannotPullContainerError: pull image manifest has been retried 5 time(s): failed to resolve ref docker.io/library/nginx:1.27: failed to do request: Head \"https://registry-1.docker.io/v2/library/nginx/manifests/1.27\": dial tcp 54.236.113.205:443: i/o timeout"),
     describe_task_definition=(lambda td: (td["taskDefinition"]["containerDefinitions"][0].update(image="nginx:1.27"), td)[1])(copy.deepcopy(taskdef)))
UNHEALTHY_FAILED="(service web) (port 8080) is unhealthy in (target-group "+TG+") due to (reason Health checks failed)."
case("elb001-no-grace-period-slow-start", describe_services=svc(healthCheckGracePeriodSeconds=None, events=events(UNHEALTHY_FAILED)), describe_tasks=HC_STOP,
     describe_target_health=th("unhealthy","Target.FailedHealthChecks","Health checks failed"))
case("elb001-absent-grace-period-set", describe_services=svc(events=events(UNHEALTHY_FAILED)), describe_tasks=HC_STOP,
     describe_target_health=th("unhealthy","Target.FailedHealthChecks","Health checks failed"))
case("elb002-404-no-grace-period", describe_services=svc(healthCheckGracePeriodSeconds=None, events=events(UNHEALTHY_404)), describe_tasks=HC_STOP,
     describe_target_health=th("unhealthy","Target.ResponseCodeMismatch","Health checks failed with these codes: [404]"))
bad_ref=copy.deepcopy(taskdef)
bad_ref["taskDefinition"]["containerDefinitions"][0]["secrets"][0]["valueFrom"]=f"arn:aws:secretsmanager:{R}:{ACC}:secret:prod/web-AbCdEf:apiKey"
case("secret003-value-from-without-trailing-fields", describe_task_definition=bad_ref,
     describe_tasks=stopped(reason="ResourceInitializationError: unable to pull secrets or registry auth: execution resource retrieval failed: unable to retrieve secret from asm: service call has been retried 1 time(s): failed to fetch secret arn:aws:secretsmanager:eu-west-1:"+ACC+":secret:prod/web-AbCdEf:apiKey from secrets manager: InvalidParameterException: Invalid parameter: The ARN is malformed."))
case("log001-log-group-missing", describe_tasks=stopped(reason="ResourceInitializationError: failed to validate logger args: create stream has been retried 1 times: failed to create Cloudwatch log stream: ResourceNotFoundException: The specified log group does not exist. : exit status 1"))
hc_td=copy.deepcopy(taskdef)
hc_td["taskDefinition"]["containerDefinitions"][0]["healthCheck"]={"command":["CMD-SHELL","curl -f http://localhost:8080/health -H 'X-Token: tok-never-print' || exit 1"],"interval":30,"timeout":5,"retries":3}
case("health001-container-health-check", describe_task_definition=hc_td,
     describe_tasks=stopped(stopCode="ServiceSchedulerInitiated", reason="Task failed container health checks", containers=[{"name":"web","exitCode":137}]))
two_net={"awsvpcConfiguration":{"subnets":["subnet-0aaa1111","subnet-0bbb2222"],"securityGroups":["sg-0task1111"],"assignPublicIp":"DISABLED"}}
two_tables=rt({"NatGatewayId":"nat-0abc11112222"})
b=rt(None)["RouteTables"][0]; b=copy.deepcopy(b); b["RouteTableId"]="rtb-0isol2222"; b["Associations"][0].update(RouteTableId="rtb-0isol2222", SubnetId="subnet-0bbb2222", RouteTableAssociationId="rtbassoc-0b2b2b2b")
two_tables["RouteTables"].append(b)
case("pull001-task-in-the-isolated-subnet", describe_services=svc(networkConfiguration=two_net), describe_route_tables=two_tables,
     describe_tasks=stopped(reason=PULL_TIMEOUT, subnet="subnet-0bbb2222"))
case("pull001-absent-task-in-the-nat-subnet", describe_services=svc(networkConfiguration=two_net), describe_route_tables=two_tables,
     describe_tasks=stopped(reason=PULL_TIMEOUT, subnet="subnet-0aaa1111"))

# The truncated file: the exit001 case with describe-tasks.json cut in half.
bad=os.path.join(ROOT,"malformed-truncated-tasks")
shutil.rmtree(bad, ignore_errors=True)
shutil.copytree(os.path.join(ROOT,"exit001-application-error"), bad)
p=os.path.join(bad,"describe-tasks.json"); text=open(p).read(); open(p,"w").write(text[:len(text)//2])
