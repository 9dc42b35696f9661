package no.sirkel.optimizer.problem;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a problem in the optimizer problem format so that {@link ProblemReader} reads it back unchanged: a version 2
 * problem with every field, a version 1 problem (no horizon) without the fields version 2 adds.
 */
public final class ProblemWriter {

    private static final JsonMapper VERSION_2 = mapper().build();

    private static final JsonMapper VERSION_1 = mapper()
            .addMixIn(Problem.class, WithoutStorageHubs.class)
            .addMixIn(Parameters.class, WithoutTime.class)
            .addMixIn(DisposalSite.class, WithoutCapacity.class)
            .addMixIn(VirginSource.class, WithoutCapacity.class)
            .build();

    @JsonIgnoreProperties("storageHubs")
    private interface WithoutStorageHubs {
    }

    @JsonIgnoreProperties({"horizon", "periodLength"})
    private interface WithoutTime {
    }

    @JsonIgnoreProperties("capacityTonnes")
    private interface WithoutCapacity {
    }

    private ProblemWriter() {
    }

    private static JsonMapper.Builder mapper() {
        return JsonMapper.builder()
                .enable(SerializationFeature.INDENT_OUTPUT)
                .disable(StreamWriteFeature.AUTO_CLOSE_TARGET);
    }

    public static void write(Problem problem, OutputStream out) {
        mapperFor(problem).writeValue(out, problem);
    }

    public static void write(Problem problem, Path path) {
        try (OutputStream out = Files.newOutputStream(path)) {
            write(problem, out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + path, e);
        }
    }

    public static String toJson(Problem problem) {
        return mapperFor(problem).writeValueAsString(problem);
    }

    private static JsonMapper mapperFor(Problem problem) {
        return problem.parameters().horizon() == null ? VERSION_1 : VERSION_2;
    }
}
