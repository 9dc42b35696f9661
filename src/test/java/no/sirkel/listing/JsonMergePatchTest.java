package no.sirkel.listing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

class JsonMergePatchTest {

    private final ObjectMapper json = JsonMapper.builder().build();

    private JsonNode apply(String target, String patch) {
        return JsonMergePatch.apply(json.readTree(target), json.readTree(patch));
    }

    @Test
    void replacesMembersAndKeepsTheRest() {
        assertThat(apply("{\"a\":\"b\",\"c\":1}", "{\"a\":\"z\"}")).isEqualTo(json.readTree("{\"a\":\"z\",\"c\":1}"));
    }

    @Test
    void nullRemovesAMember() {
        assertThat(apply("{\"a\":\"b\",\"c\":1}", "{\"c\":null}")).isEqualTo(json.readTree("{\"a\":\"b\"}"));
    }

    @Test
    void mergesNestedObjectsRecursively() {
        assertThat(apply("{\"quantity\":{\"amount\":5,\"unit\":\"t\"}}", "{\"quantity\":{\"amount\":7}}"))
                .isEqualTo(json.readTree("{\"quantity\":{\"amount\":7,\"unit\":\"t\"}}"));
    }

    @Test
    void replacesArraysWhole() {
        assertThat(apply("{\"accepts\":[\"SAND\",\"CLAY\"]}", "{\"accepts\":[\"SILT\"]}"))
                .isEqualTo(json.readTree("{\"accepts\":[\"SILT\"]}"));
    }

    @Test
    void addsObjectsWhereTheTargetHadNone() {
        assertThat(apply("{}", "{\"quantity\":{\"amount\":7,\"gone\":null}}"))
                .isEqualTo(json.readTree("{\"quantity\":{\"amount\":7}}"));
    }

    @Test
    void leavesItsArgumentsUnchanged() {
        JsonNode target = json.readTree("{\"a\":{\"b\":1}}");
        JsonNode patch = json.readTree("{\"a\":{\"b\":2}}");
        JsonMergePatch.apply(target, patch);
        assertThat(target).isEqualTo(json.readTree("{\"a\":{\"b\":1}}"));
    }
}
