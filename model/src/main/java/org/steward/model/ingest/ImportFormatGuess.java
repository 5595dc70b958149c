package org.steward.model.ingest;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;

/**
 * Guesses which importer reads a file from the member names of its first object (the document, the first element
 * of an array or the first of newline-delimited events); only that object's top level is read. OpenLineage events
 * have {@code eventType}, {@code eventTime}, {@code run}, {@code job}, {@code dataset}…; Atlas payloads
 * {@code guidEntityMap}, {@code entities}, {@code referredEntities}, {@code typeName}, typedefs or a hook
 * notification's {@code type}; dbt artifacts {@code nodes}, {@code sources} or a {@code metadata} with
 * {@code dbt_schema_version}. Only a default for the user to confirm, or a hint when a file was given to the wrong
 * importer: the importer itself still validates the whole file.
 */
public final class ImportFormatGuess {
    private static final Set<String> OPENLINEAGE = Set.of("eventType", "eventTime", "run", "job", "inputs", "outputs",
            "producer", "schemaURL", "dataset");
    private static final Set<String> ATLAS = Set.of("guidEntityMap", "relations", "baseEntityGuid",
            "lineageDirection", "referredEntities", "entities", "entity", "typeName", "guid", "classificationDefs",
            "entityDefs", "enumDefs", "structDefs", "relationshipDefs", "businessMetadataDefs", "message",
            "msgCompressionKind", "queryType", "searchParameters");
    private static final Set<String> DBT = Set.of("nodes", "sources", "macros", "parent_map", "child_map",
            "exposures", "semantic_models", "results", "elapsed_time");

    private ImportFormatGuess() {
    }

    /** {@code openlineage}, {@code atlas} or {@code dbt}; empty when unsure or the file cannot be read. */
    public static Optional<String> of(Path file) {
        try (JsonParser parser = new JsonFactory().createParser(Files.newInputStream(file))) {
            JsonToken token = parser.nextToken();
            if (token == JsonToken.START_ARRAY) {
                token = parser.nextToken();
            }
            if (token != JsonToken.START_OBJECT) {
                return Optional.empty();
            }
            for (token = parser.nextToken(); token == JsonToken.FIELD_NAME; token = parser.nextToken()) {
                String name = parser.currentName();
                parser.nextToken();
                Optional<String> format = member(name, parser);
                if (format.isPresent()) {
                    return format;
                }
                parser.skipChildren();
            }
            return Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static Optional<String> member(String name, JsonParser parser) throws IOException {
        if (OPENLINEAGE.contains(name)) {
            return Optional.of("openlineage");
        }
        if (ATLAS.contains(name)) {
            return Optional.of("atlas");
        }
        if (DBT.contains(name)) {
            return Optional.of("dbt");
        }
        if (name.equals("metadata") && parser.currentToken() == JsonToken.START_OBJECT) {
            for (JsonToken token = parser.nextToken(); token == JsonToken.FIELD_NAME; token = parser.nextToken()) {
                String field = parser.currentName();
                parser.nextToken();
                if (field.equals("dbt_schema_version") || field.equals("dbt_version")) {
                    return Optional.of("dbt");
                }
                parser.skipChildren();
            }
        }
        if (name.equals("type") && parser.currentToken() == JsonToken.VALUE_STRING
                && parser.getText().startsWith("ENTITY_")) {
            return Optional.of("atlas");
        }
        return Optional.empty();
    }
}
