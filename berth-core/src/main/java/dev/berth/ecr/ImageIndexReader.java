package dev.berth.ecr;

import dev.berth.source.ArrayNode;
import dev.berth.source.InputError;
import dev.berth.source.JsonSourceReader;
import dev.berth.source.Node;
import dev.berth.source.ObjectNode;
import dev.berth.source.ScalarNode;
import dev.berth.source.SourceSyntaxException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads which images each multi-architecture index references, from the output of {@code aws ecr
 * batch-get-image} ({@code {"images": [{"imageId": {"imageDigest": ...}, "imageManifest":
 * "..."}]}}). describe-images does not list an index's children; the manifest of the index does, in
 * its {@code manifests[].digest}.
 */
public final class ImageIndexReader {

  private final Map<String, List<String>> children = new LinkedHashMap<>();
  private final List<InputError> errors = new ArrayList<>();

  private ImageIndexReader() {}

  public static ImageIndexReader read(String file, String text) {
    ImageIndexReader reader = new ImageIndexReader();
    Node root;
    try {
      root = JsonSourceReader.read(file, text);
    } catch (SourceSyntaxException e) {
      reader.errors.add(InputError.at(e.position(), e.reason()));
      return reader;
    }
    Optional<ArrayNode> images =
        root instanceof ObjectNode object ? object.array("images") : Optional.empty();
    if (images.isEmpty()) {
      reader.errors.add(
          InputError.at(
              root.position(),
              "not batch-get-image output: expected an object with an \"images\" array"));
      return reader;
    }
    images.get().objects().forEach(reader::image);
    return reader;
  }

  /** Index digest to the digests of the images it references. */
  public Map<String, List<String>> children() {
    return Map.copyOf(children);
  }

  public List<InputError> errors() {
    return List.copyOf(errors);
  }

  /** The images with the children of every index this reader knows. */
  public List<Image> attachTo(List<Image> images) {
    return images.stream()
        .map(i -> children.containsKey(i.digest()) ? i.withChildren(children.get(i.digest())) : i)
        .toList();
  }

  private void image(ObjectNode image) {
    Optional<String> digest = image.object("imageId").flatMap(id -> id.knownString("imageDigest"));
    Optional<ScalarNode> manifest = image.scalar("imageManifest").filter(ScalarNode::isString);
    if (digest.isEmpty() || manifest.isEmpty()) {
      errors.add(
          InputError.at(image.position(), "an image needs imageId.imageDigest and imageManifest"));
      return;
    }
    Node parsed;
    try {
      parsed = JsonSourceReader.read(image.position().file(), manifest.get().text());
    } catch (SourceSyntaxException e) {
      errors.add(
          InputError.at(
              manifest.get().position(),
              "the imageManifest of " + digest.get() + " is not valid JSON: " + e.reason()));
      return;
    }
    if (!(parsed instanceof ObjectNode body) || body.array("manifests").isEmpty()) {
      return;
    }
    List<String> referenced =
        body.array("manifests")
            .orElseThrow()
            .objects()
            .map(m -> m.knownString("digest"))
            .flatMap(Optional::stream)
            .toList();
    children.merge(
        digest.get(),
        referenced,
        (a, b) -> {
          List<String> both = new ArrayList<>(a);
          b.stream().filter(d -> !both.contains(d)).forEach(both::add);
          return both;
        });
  }
}
