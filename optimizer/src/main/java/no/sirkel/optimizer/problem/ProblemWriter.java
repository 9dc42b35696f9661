package no.sirkel.optimizer.problem;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** Writes a problem in the optimizer problem format, version 1, so that {@link ProblemReader} reads it back unchanged. */
public final class ProblemWriter {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .build();

    private ProblemWriter() {
    }

    public static void write(Problem problem, OutputStream out) {
        MAPPER.writeValue(out, problem);
    }

    public static void write(Problem problem, Path path) {
        try (OutputStream out = Files.newOutputStream(path)) {
            write(problem, out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + path, e);
        }
    }

    public static String toJson(Problem problem) {
        return MAPPER.writeValueAsString(problem);
    }
}
