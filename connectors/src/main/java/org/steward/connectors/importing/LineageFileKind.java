package org.steward.connectors.importing;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;

/**
 * Which lineage format a file is in, told from the member names of its first object (the document, the first
 * element of an array or the first line of newline-delimited events); only that object's top level is read. Used
 * to pick a format when none is given, and to say which one to use when a file was given to the wrong importer.
 */
public enum LineageFileKind {
    OPENLINEAGE("openlineage", "OpenLineage events"),
    ATLAS("atlas", "an Apache Atlas payload"),
    DBT("dbt", "a dbt artifact");

    private static final Set<String> OPENLINEAGE_MEMBERS = Set.of("eventType", "eventTime", "run", "job", "inputs",
            "outputs", "producer", "schemaURL", "dataset");
    private static final Set<String> ATLAS_MEMBERS = Set.of("guidEntityMap", "relations", "baseEntityGuid",
            "lineageDirection", "referredEntities", "entities", "entity", "typeName", "guid", "classificationDefs",
            "entityDefs", "enumDefs", "structDefs", "relationshipDefs", "businessMetadataDefs", "message",
            "msgCompressionKind", "queryType", "searchParameters");
    private static final Set<String> DBT_MEMBERS = Set.of("nodes", "sources", "macros", "parent_map", "child_map",
            "exposures", "semantic_models", "results", "elapsed_time");

    private final String format;
    private final String description;

    LineageFileKind(String format, String description) {
        this.format = format;
        this.description = description;
    }

    /** The importer format name: {@code openlineage}, {@code atlas} or {@code dbt}. */
    public String format() {
        return format;
    }

    public String description() {
        return description;
    }

    /** The kind of {@code file}, or empty when it is not JSON or its first object's members say nothing. */
    public static Optional<LineageFileKind> of(Path file) {
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
                Optional<LineageFileKind> kind = member(name, parser);
                if (kind.isPresent()) {
                    return kind;
                }
                parser.skipChildren();
            }
            return Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static Optional<LineageFileKind> member(String name, JsonParser parser) throws IOException {
        if (OPENLINEAGE_MEMBERS.contains(name)) {
            return Optional.of(OPENLINEAGE);
        }
        if (ATLAS_MEMBERS.contains(name)) {
            return Optional.of(ATLAS);
        }
        if (DBT_MEMBERS.contains(name)) {
            return Optional.of(DBT);
        }
        if (name.equals("metadata") && parser.currentToken() == JsonToken.START_OBJECT) {
            for (JsonToken token = parser.nextToken(); token == JsonToken.FIELD_NAME; token = parser.nextToken()) {
                String field = parser.currentName();
                parser.nextToken();
                if (field.equals("dbt_schema_version") || field.equals("dbt_version")) {
                    parser.skipChildren();
                    return Optional.of(DBT);
                }
                parser.skipChildren();
            }
        }
        if (name.equals("type") && parser.currentToken() == JsonToken.VALUE_STRING
                && parser.getText().startsWith("ENTITY_")) {
            return Optional.of(ATLAS);
        }
        return Optional.empty();
    }

    /**
     * {@code failure} with a hint added when the file looks like another format than {@code format}: the usual
     * cause of a file that does not fit at all.
     */
    public static ImportException withHint(ImportException failure, Path file, String format) {
        Path name = file.getFileName();
        if (name == null || !name.toString().equals(failure.file())) {
            return failure;
        }
        Optional<LineageFileKind> kind = of(file).filter(found -> !found.format.equals(format));
        if (kind.isEmpty()) {
            return failure;
        }
        ImportException hinted = new ImportException(failure.file(), failure.line(), failure.column(),
                failure.byteOffset(), failure.jsonPath(), failure.reason() + " (the file looks like "
                + kind.get().description + ": import it as " + kind.get().format + ")");
        hinted.addSuppressed(failure);
        return hinted;
    }
}
