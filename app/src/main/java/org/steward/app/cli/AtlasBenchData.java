package org.steward.app.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Generated Atlas answers for the pull benchmark: {@code entities} entities, one hive_table per ten, the rest its
 * hive_columns, shaped like a real Atlas's (owner, description, classifications, glossary meanings, the column's
 * table as an object id, update time and version). Serves typedefs, basic search (honouring offset, limit and a
 * {@code __modificationTimestamp >=} filter) and entity/bulk.
 */
final class AtlasBenchData {
    static final long FIRST_UPDATE = 1_700_000_000_000L;
    private static final int COLUMNS_PER_TABLE = 9;
    private static final String[] CLASSES = {"PII", "PII.Email", "Confidential", "Finance"};
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonFactory FACTORY = new JsonFactory();

    private final int tables;
    private final int columns;

    AtlasBenchData(int entities) {
        this.tables = Math.max(1, entities / (COLUMNS_PER_TABLE + 1));
        this.columns = entities - tables;
    }

    int entities() {
        return tables + columns;
    }

    AtlasStubServer.Response answer(AtlasStubServer.Request request) {
        try {
            if (request.path().equals("/api/atlas/v2/types/typedefs")) {
                return AtlasStubServer.Response.json(typedefs());
            }
            if (request.path().equals("/api/atlas/v2/search/basic")) {
                return AtlasStubServer.Response.json(search(JSON.readTree(request.body())));
            }
            if (request.path().equals("/api/atlas/v2/entity/bulk")) {
                List<String> guids = new ArrayList<>();
                for (String parameter : request.query().split("&")) {
                    if (parameter.startsWith("guid=")) {
                        guids.add(URLDecoder.decode(parameter.substring(5), StandardCharsets.UTF_8));
                    }
                }
                return AtlasStubServer.Response.json(bulk(guids));
            }
            if (request.path().equals("/api/atlas/admin/version")) {
                return AtlasStubServer.Response.json("{\"Version\":\"2.4.0-stub\",\"Name\":\"apache-atlas\"}"
                        .getBytes(StandardCharsets.UTF_8));
            }
            return new AtlasStubServer.Response(404, ("{\"errorCode\":\"ATLAS-404-00-001\",\"errorMessage\":\""
                    + request.path() + " not found\"}").getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] typedefs() {
        StringBuilder json = new StringBuilder("{\"enumDefs\":[],\"structDefs\":[],\"relationshipDefs\":[],"
                + "\"classificationDefs\":[");
        for (int index = 0; index < CLASSES.length; index++) {
            String name = CLASSES[index];
            int dot = name.indexOf('.');
            json.append(index == 0 ? "" : ",").append("{\"category\":\"CLASSIFICATION\",\"name\":\"").append(name)
                    .append("\",\"description\":\"").append(name).append(" data\",\"superTypes\":[")
                    .append(dot < 0 ? "" : "\"" + name.substring(0, dot) + "\"").append("],\"attributeDefs\":[]}");
        }
        json.append("],\"entityDefs\":[{\"name\":\"DataSet\",\"superTypes\":[\"Asset\"]},"
                + "{\"name\":\"Process\",\"superTypes\":[\"Asset\"]},"
                + "{\"name\":\"hive_db\",\"superTypes\":[\"Asset\"]},"
                + "{\"name\":\"hive_table\",\"superTypes\":[\"DataSet\"]},"
                + "{\"name\":\"hive_column\",\"superTypes\":[\"DataSet\"]}]}");
        return json.toString().getBytes(StandardCharsets.UTF_8);
    }

    private byte[] search(JsonNode parameters) throws IOException {
        String type = parameters.path("typeName").asText();
        int offset = parameters.path("offset").asInt();
        int limit = parameters.path("limit").asInt(100);
        long since = parameters.path("entityFilters").path("attributeValue").asLong(0);
        boolean table = type.equals("hive_table");
        int count = table ? tables : type.equals("hive_column") ? columns : 0;
        int first = (int) Math.max(0, Math.min(count, since - FIRST_UPDATE - (table ? 0 : tables)));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JsonGenerator out = FACTORY.createGenerator(bytes)) {
            out.writeStartObject();
            out.writeStringField("queryType", "BASIC");
            out.writeNumberField("approximateCount", count - first);
            out.writeArrayFieldStart("entities");
            for (int index = first + offset; index < Math.min(count, first + offset + limit); index++) {
                int id = table ? index : tables + index;
                out.writeStartObject();
                out.writeStringField("typeName", type);
                out.writeStringField("guid", guid(id));
                out.writeStringField("status", "ACTIVE");
                out.writeObjectFieldStart("attributes");
                out.writeStringField("qualifiedName", qualifiedName(id));
                out.writeEndObject();
                out.writeEndObject();
            }
            out.writeEndArray();
            out.writeEndObject();
        }
        return bytes.toByteArray();
    }

    private byte[] bulk(List<String> guids) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(guids.size() * 900);
        try (JsonGenerator out = FACTORY.createGenerator(bytes)) {
            out.writeStartObject();
            out.writeArrayFieldStart("entities");
            for (String guid : guids) {
                entity(out, Integer.parseInt(guid.substring(guid.lastIndexOf('-') + 1)));
            }
            out.writeEndArray();
            out.writeObjectFieldStart("referredEntities");
            out.writeEndObject();
            out.writeEndObject();
        }
        return bytes.toByteArray();
    }

    private void entity(JsonGenerator out, int id) throws IOException {
        boolean table = id < tables;
        out.writeStartObject();
        out.writeStringField("typeName", table ? "hive_table" : "hive_column");
        out.writeStringField("guid", guid(id));
        out.writeStringField("status", "ACTIVE");
        out.writeStringField("createdBy", "hive");
        out.writeStringField("updatedBy", "admin");
        out.writeNumberField("createTime", FIRST_UPDATE - 86_400_000L);
        out.writeNumberField("updateTime", FIRST_UPDATE + id);
        out.writeNumberField("version", 1 + id % 3);
        out.writeObjectFieldStart("attributes");
        out.writeStringField("qualifiedName", qualifiedName(id));
        out.writeStringField("name", table ? "t" + id : "c" + id);
        out.writeStringField("owner", "steward" + id % 50);
        out.writeStringField("description", (table ? "Table " : "Column ") + id + " of the benchmark's sales area");
        if (table) {
            out.writeStringField("tableType", "MANAGED_TABLE");
        } else {
            out.writeStringField("type", id % 2 == 0 ? "string" : "bigint");
            out.writeNumberField("position", (id - tables) % COLUMNS_PER_TABLE);
            out.writeObjectFieldStart("table");
            int parent = tableOf(id);
            out.writeStringField("guid", guid(parent));
            out.writeStringField("typeName", "hive_table");
            out.writeObjectFieldStart("uniqueAttributes");
            out.writeStringField("qualifiedName", qualifiedName(parent));
            out.writeEndObject();
            out.writeEndObject();
        }
        out.writeEndObject();
        out.writeArrayFieldStart("classifications");
        if (id % 7 == 0) {
            out.writeStartObject();
            out.writeStringField("typeName", CLASSES[id % CLASSES.length]);
            out.writeStringField("entityGuid", guid(id));
            out.writeBooleanField("propagate", true);
            out.writeEndObject();
        }
        out.writeEndArray();
        out.writeObjectFieldStart("relationshipAttributes");
        out.writeArrayFieldStart("meanings");
        if (id % 11 == 0) {
            out.writeStartObject();
            out.writeStringField("guid", "term-" + id % 20);
            out.writeStringField("typeName", "AtlasGlossaryTerm");
            out.writeStringField("displayText", "Term " + id % 20);
            out.writeStringField("qualifiedName", "Term " + id % 20 + "@Sales");
            out.writeEndObject();
        }
        out.writeEndArray();
        out.writeEndObject();
        out.writeEndObject();
    }

    private int tableOf(int column) {
        return (column - tables) / COLUMNS_PER_TABLE % tables;
    }

    private String qualifiedName(int id) {
        if (id < tables) {
            return "sales.t" + id + "@bench";
        }
        return "sales.t" + tableOf(id) + ".c" + id + "@bench";
    }

    private static String guid(int id) {
        return String.format("00000000-0000-4000-8000-%012d", id);
    }
}
