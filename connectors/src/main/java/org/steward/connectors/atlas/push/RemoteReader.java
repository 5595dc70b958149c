package org.steward.connectors.atlas.push;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.steward.model.push.PushException;

/**
 * Reads entities from Atlas in bulk: by guid ({@code GET /v2/entity/bulk?guid=…}) when the pull recorded one, else
 * by type and qualified name ({@code GET /v2/entity/bulk/uniqueAttribute/type/{type}?attr_N:qualifiedName=…}).
 * Entities Atlas does not have are simply absent from the result.
 */
final class RemoteReader {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int GUIDS_PER_REQUEST = 50;
    private static final int NAMES_PER_REQUEST = 25;

    private final AtlasHttp http;

    RemoteReader(AtlasHttp http) {
        this.http = http;
    }

    /** Found entities by guid. */
    Map<String, RemoteEntity> byGuid(Collection<String> guids) {
        Map<String, RemoteEntity> found = new HashMap<>();
        List<String> all = new ArrayList<>(guids);
        for (int start = 0; start < all.size(); start += GUIDS_PER_REQUEST) {
            StringBuilder path = new StringBuilder("/api/atlas/v2/entity/bulk?minExtInfo=true");
            for (String guid : all.subList(start, Math.min(all.size(), start + GUIDS_PER_REQUEST))) {
                path.append("&guid=").append(encode(guid));
            }
            read(path.toString()).forEach(entity -> found.put(entity.guid(), entity));
        }
        return found;
    }

    /** Found entities by qualified name, for names of one type. */
    Map<String, RemoteEntity> byQualifiedName(String typeName, Collection<String> qualifiedNames) {
        Map<String, RemoteEntity> found = new LinkedHashMap<>();
        List<String> all = new ArrayList<>(qualifiedNames);
        for (int start = 0; start < all.size(); start += NAMES_PER_REQUEST) {
            StringBuilder path = new StringBuilder("/api/atlas/v2/entity/bulk/uniqueAttribute/type/")
                    .append(encode(typeName)).append("?minExtInfo=true");
            List<String> slice = all.subList(start, Math.min(all.size(), start + NAMES_PER_REQUEST));
            for (int i = 0; i < slice.size(); i++) {
                path.append("&attr_").append(i).append(":qualifiedName=").append(encode(slice.get(i)));
            }
            read(path.toString()).forEach(entity -> found.put(entity.qualifiedName(), entity));
        }
        return found;
    }

    private List<RemoteEntity> read(String path) {
        PushResponse response = http.get(path);
        if (response.status() == 404) {
            return List.of();
        }
        if (!response.ok()) {
            throw new PushException(response.describe() + " (while reading the entities to push)", false, null);
        }
        try {
            JsonNode body = JSON.readTree(response.body());
            List<RemoteEntity> entities = new ArrayList<>();
            for (JsonNode entity : body.path("entities")) {
                entities.add(RemoteEntity.parse(entity));
            }
            return entities;
        } catch (IOException e) {
            throw new PushException(http.endpoint() + " sent entities Steward cannot read: "
                    + e.getMessage(), false, e);
        }
    }

    static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
