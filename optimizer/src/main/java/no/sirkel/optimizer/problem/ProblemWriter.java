package no.sirkel.optimizer.problem;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Writes a problem in the optimizer problem format, version 1, so that {@link ProblemReader} reads it back unchanged. */
public final class ProblemWriter {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .build();

    private ProblemWriter() {
    }

    public static void write(Problem problem, OutputStream out) {
        MAPPER.writeValue(out, tree(problem));
    }

    /** A version 1 problem is written without the fields version 2 adds. */
    private static JsonNode tree(Problem problem) {
        ObjectNode root = MAPPER.valueToTree(problem);
        if (problem.parameters().horizon() == null) {
            root.remove("storageHubs");
            ObjectNode parameters = (ObjectNode) root.get("parameters");
            parameters.remove(List.of("horizon", "periodLength"));
            for (String places : List.of("disposalSites", "virginSources")) {
                root.get(places).forEach(place -> ((ObjectNode) place).remove("capacityTonnes"));
            }
        }
        return root;
    }

    public static void write(Problem problem, Path path) {
        try (OutputStream out = Files.newOutputStream(path)) {
            write(problem, out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + path, e);
        }
    }

    public static String toJson(Problem problem) {
        return MAPPER.writeValueAsString(tree(problem));
    }
}
