package no.sirkel.optimizer.plan;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** Writes a {@link Plan} as plan-format JSON, fields in the format's order; never closes the stream it is given. */
public final class PlanWriter {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .build();

    private PlanWriter() {
    }

    public static void write(Plan plan, OutputStream out) {
        MAPPER.writeValue(out, plan);
    }

    public static void write(Plan plan, Path path) {
        try (OutputStream out = Files.newOutputStream(path)) {
            write(plan, out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + path, e);
        }
    }

    public static String toJson(Plan plan) {
        return MAPPER.writeValueAsString(plan);
    }
}
