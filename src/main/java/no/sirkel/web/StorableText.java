package no.sirkel.web;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.module.SimpleModule;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Text PostgreSQL cannot store is refused where it enters: the NUL character (U+0000), which a {@code text} value
 * cannot hold, and a lone UTF-16 surrogate, which has no UTF-8 form. Every string read from a JSON body passes
 * {@link #problem(String)}, and so does every query parameter ({@link StorableQueryFilter}).
 */
@Configuration(proxyBeanMethods = false)
class StorableText {

    /** Why the text cannot be stored, or null where it can. */
    public static String problem(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\u0000') {
                return "field.text.nul";
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return "field.text.surrogate";
            }
        }
        return null;
    }

    @Bean
    JacksonModule storableTextModule() {
        return new SimpleModule("storable-text").addDeserializer(String.class, new StorableStringDeserializer());
    }

    /** Jackson's own string reading, then the check; the refusal carries the JSON path of the field. */
    private static final class StorableStringDeserializer extends StringDeserializer {

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws JacksonException {
            String text = super.deserialize(parser, context);
            String problem = text == null ? null : problem(text);
            if (problem != null) {
                throw new UnstorableTextException(parser, problem, text);
            }
            return text;
        }
    }

    /** A string in a request body that PostgreSQL cannot store; answered with 422 naming the field. */
    static final class UnstorableTextException extends InvalidFormatException {

        UnstorableTextException(JsonParser parser, String problem, String text) {
            super(parser, problem, text, String.class);
        }
    }
}
