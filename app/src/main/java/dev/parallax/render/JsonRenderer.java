package dev.parallax.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.parallax.brief.Briefing;

/** The briefing as JSON, the versioned contract described in docs/briefing-json.md. */
public final class JsonRenderer implements Renderer {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @Override
    public String render(Briefing briefing) {
        try {
            return JSON.writeValueAsString(briefing) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("briefing records always serialise", e);
        }
    }
}
