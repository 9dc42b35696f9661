package no.sirkel.optimizer.plan;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a plan in the optimizer plan format, version 1 or 2, back into a {@link Plan}: what {@link PlanWriter} writes
 * reads back equal. The version 2 fields stay null in a version 1 plan. Fields the format does not know are refused.
 */
public final class PlanReader {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    private PlanReader() {
    }

    /** @throws IllegalArgumentException where the text is not a plan in the format */
    public static Plan read(String json) {
        try {
            return MAPPER.readValue(json, Plan.class);
        } catch (JacksonException e) {
            throw notAPlan(e);
        }
    }

    /** @throws IllegalArgumentException where the stream does not hold a plan in the format */
    public static Plan read(InputStream in) {
        try {
            return MAPPER.readValue(in, Plan.class);
        } catch (JacksonException e) {
            throw notAPlan(e);
        }
    }

    public static Plan read(Path path) {
        try (InputStream in = Files.newInputStream(path)) {
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }

    private static IllegalArgumentException notAPlan(JacksonException e) {
        return new IllegalArgumentException("not a plan in the optimizer plan format: " + e.getOriginalMessage()
                + (e.getLocation() == null ? ""
                : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")"), e);
    }
}
