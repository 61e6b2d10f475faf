package dev.berth.model;

import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
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
      SdkPojo sample = constructor.get();
      Map<String, List<String>> enums = enumValues(pojoClass(sample.getClass()));
      for (SdkField<?> field : sample.sdkFields()) {
        List<String> values =
            enums.getOrDefault(field.memberName().toLowerCase(Locale.ROOT), List.of());
        built.put(field.locationName(), typeOf(field, values));
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
    return typeOf(field, List.of());
  }

  /** {@code enumValues} apply to the field's string, or to each string of its list. */
  private static ApiType typeOf(SdkField<?> field, List<String> enumValues) {
    MarshallingKnownType known = field.marshallingType().getKnownType();
    switch (known) {
      case LIST:
        return new ApiType.ListOf(
            typeOf(field.getRequiredTrait(ListTrait.class).memberFieldInfo(), enumValues));
      case MAP:
        return new ApiType.MapOf(typeOf(field.getRequiredTrait(MapTrait.class).valueFieldInfo()));
      case SDK_POJO:
        Supplier<SdkPojo> nested = field.constructor();
        return new ApiType.Structure(of(nested));
      case DOCUMENT:
        return new ApiType.Document();
      case STRING:
        return new ApiType.Scalar(ApiType.Kind.STRING, enumValues);
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

  /**
   * The enum values of the model class's enum fields, by lower-cased member name. The SDK generates
   * {@code networkMode()} returning the enum {@code NetworkMode} beside {@code
   * networkModeAsString()} (for a list, {@code List<Compatibility>} beside {@code ...AsStrings()}),
   * and each enum lists its values in {@code knownValues()}, leaving out UNKNOWN_TO_SDK_VERSION,
   * the stand-in for a value newer than the SDK.
   */
  private static Map<String, List<String>> enumValues(Class<?> pojo) {
    Map<String, List<String>> result = new HashMap<>();
    for (Method method : pojo.getMethods()) {
      String name = method.getName();
      String base =
          name.endsWith("AsStrings")
              ? name.substring(0, name.length() - "AsStrings".length())
              : name.endsWith("AsString")
                  ? name.substring(0, name.length() - "AsString".length())
                  : null;
      if (base == null || base.isEmpty() || method.getParameterCount() != 0) {
        continue;
      }
      try {
        Method typed = pojo.getMethod(base);
        Class<?> type = typed.getReturnType();
        if (List.class.isAssignableFrom(type)
            && typed.getGenericReturnType() instanceof ParameterizedType list
            && list.getActualTypeArguments()[0] instanceof Class<?> element) {
          type = element;
        }
        if (type.isEnum()) {
          result.put(base.toLowerCase(Locale.ROOT), knownValues(type));
        }
      } catch (ReflectiveOperationException | ClassCastException e) {
        // No typed accessor: the field is a plain string.
      }
    }
    return result;
  }

  private static List<String> knownValues(Class<?> enumType) throws ReflectiveOperationException {
    Set<?> known = (Set<?>) enumType.getMethod("knownValues").invoke(null);
    List<String> values = new ArrayList<>();
    // getEnumConstants keeps the SDK's declaration order, which reads better than a hash set's.
    for (Object constant : enumType.getEnumConstants()) {
      if (known.contains(constant)
          && !((Enum<?>) constant).name().equals("UNKNOWN_TO_SDK_VERSION")) {
        values.add(constant.toString());
      }
    }
    return values;
  }

  /** The model class of a builder such as {@code ContainerDefinition$BuilderImpl}. */
  private static Class<?> pojoClass(Class<?> builderOrPojo) {
    return builderOrPojo.getEnclosingClass() != null
        ? builderOrPojo.getEnclosingClass()
        : builderOrPojo;
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
