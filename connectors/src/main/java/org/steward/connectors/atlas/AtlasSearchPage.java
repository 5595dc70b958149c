package org.steward.connectors.atlas;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import org.steward.connectors.importing.JsonTree;

/**
 * One page of an Atlas basic search ({@code POST /api/atlas/v2/search/basic}) for the entities of one type,
 * optionally only those modified at or after a time: the guids found and Atlas's approximate total.
 */
record AtlasSearchPage(List<String> guids, long approximateCount) {
    static final String PATH = "/api/atlas/v2/search/basic";

    static byte[] request(String typeName, OptionalLong modifiedSince, int offset, int limit) {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.put("typeName", typeName);
        body.put("excludeDeletedEntities", true);
        body.put("includeSubTypes", false);
        body.put("includeClassificationAttributes", false);
        body.put("offset", offset);
        body.put("limit", limit);
        body.putArray("attributes").add("qualifiedName");
        if (modifiedSince.isPresent()) {
            ObjectNode filter = body.putObject("entityFilters");
            filter.put("attributeName", "__modificationTimestamp");
            filter.put("operator", "gte");
            filter.put("attributeValue", Long.toString(modifiedSince.getAsLong()));
        }
        return AtlasBody.write(body);
    }

    static AtlasSearchPage of(JsonTree result) {
        List<String> guids = new ArrayList<>();
        for (JsonTree header : result.array("entities")) {
            guids.add(header.requiredText("guid"));
        }
        JsonTree count = result.get("approximateCount");
        return new AtlasSearchPage(guids, count.isPresent() && count.node().isNumber() ? count.node().asLong() : -1);
    }
}
