package dev.berth.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import software.amazon.awssdk.core.SdkField;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.core.protocol.MarshallingKnownType;
import software.amazon.awssdk.core.traits.ListTrait;
import software.amazon.awssdk.core.traits.MapTrait;

/**
 * The fields of one AWS API structure, with their wire names and types, taken from the AWS SDK's
 * own model classes through {@link SdkPojo#sdkFields()}: a field that ECS adds is known as soon as
 * the SDK knows it. No SDK client is ever built here.
 */
public final class ApiShape {

  private static final Map<Class<?>, ApiShape> CACHE = new ConcurrentHashMap<>();

  private final String name;
  private final Supplier<SdkPojo> constructor;
  private volatile Map<String, ApiType> fields;

  private ApiShape(String name, Supplier<SdkPojo> constructor) {
    this.name = name;
    this.constructor = constructor;
  }

  /**
   * The shape of the structure that {@code builder} builds, e.g. {@code TaskDefinition::builder}.
   */
  public static ApiShape of(Supplier<? extends SdkPojo> builder) {
    SdkPojo sample = builder.get();
    return CACHE.computeIfAbsent(
        sample.getClass(), type -> new ApiShape(shapeName(type), builder::get));
  }

  /** The SDK's name of the structure, e.g. "ContainerDefinition". */
  public String name() {
    return name;
  }

  /** The fields by wire name ("containerDefinitions"), in the SDK's order. */
  public Map<String, ApiType> fields() {
    Map<String, ApiType> known = fields;
    if (known == null) {
      Map<String, ApiType> built = new LinkedHashMap<>();
      for (SdkField<?> field : constructor.get().sdkFields()) {
        built.put(field.locationName(), typeOf(field));
      }
      known = Collections.unmodifiableMap(built);
      fields = known;
    }
    return known;
  }

  public Set<String> fieldNames() {
    return fields().keySet();
  }

  public Optional<ApiType> field(String wireName) {
    return Optional.ofNullable(fields().get(wireName));
  }

  private static ApiType typeOf(SdkField<?> field) {
    MarshallingKnownType known = field.marshallingType().getKnownType();
    switch (known) {
      case LIST:
        return new ApiType.ListOf(
            typeOf(field.getRequiredTrait(ListTrait.class).memberFieldInfo()));
      case MAP:
        return new ApiType.MapOf(typeOf(field.getRequiredTrait(MapTrait.class).valueFieldInfo()));
      case SDK_POJO:
        Supplier<SdkPojo> nested = field.constructor();
        return new ApiType.Structure(of(nested));
      case DOCUMENT:
        return new ApiType.Document();
      case STRING:
        return new ApiType.Scalar(ApiType.Kind.STRING);
      case INTEGER:
      case LONG:
      case SHORT:
      case BYTE:
        return new ApiType.Scalar(ApiType.Kind.INTEGER);
      case FLOAT:
      case DOUBLE:
      case BIG_DECIMAL:
        return new ApiType.Scalar(ApiType.Kind.DECIMAL);
      case BOOLEAN:
        return new ApiType.Scalar(ApiType.Kind.BOOLEAN);
      case INSTANT:
        return new ApiType.Scalar(ApiType.Kind.TIMESTAMP);
      case SDK_BYTES:
        return new ApiType.Scalar(ApiType.Kind.BLOB);
      default:
        return new ApiType.Document();
    }
  }

  private static String shapeName(Class<?> builderOrPojo) {
    Class<?> type = builderOrPojo;
    // Builders are nested classes such as ContainerDefinition$BuilderImpl.
    if (type.getEnclosingClass() != null) {
      type = type.getEnclosingClass();
    }
    return type.getSimpleName();
  }

  @Override
  public String toString() {
    return name;
  }
}
