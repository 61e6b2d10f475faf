package dev.berth.check;

/** The AWS documentation pages that the rules cite. */
public final class Docs {

  private static final String GUIDE =
      "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/";
  private static final String API = "https://docs.aws.amazon.com/AmazonECS/latest/APIReference/";

  public static final String TASK_DEFINITION_PARAMETERS = GUIDE + "task_definition_parameters.html";
  public static final String FARGATE_TASK_DEFINITIONS = GUIDE + "fargate-tasks-services.html";
  public static final String FARGATE_TASK_SIZE =
      GUIDE + "fargate-tasks-services.html#fargate-tasks-size";
  public static final String REGISTER_TASK_DEFINITION = API + "API_RegisterTaskDefinition.html";
  public static final String CONTAINER_DEFINITION = API + "API_ContainerDefinition.html";
  public static final String PORT_MAPPING = API + "API_PortMapping.html";
  public static final String HEALTH_CHECK = API + "API_HealthCheck.html";
  public static final String CONTAINER_DEPENDENCY = API + "API_ContainerDependency.html";
  public static final String EXECUTION_ROLE = GUIDE + "task_execution_IAM_role.html";
  public static final String SECRETS_MANAGER = GUIDE + "secrets-envvar-secrets-manager.html";
  public static final String SECRETS = GUIDE + "specifying-sensitive-data.html";
  public static final String AWSLOGS = GUIDE + "using_awslogs.html";
  public static final String LOG_CONFIGURATION = API + "API_LogConfiguration.html";
  public static final String NETWORKING = GUIDE + "task-networking.html";
  public static final String ACCOUNT_SETTINGS = GUIDE + "ecs-account-settings.html";

  private Docs() {}
}
