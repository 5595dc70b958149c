package org.steward.connectors.atlas.push;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.steward.model.push.PushException;
import org.steward.model.push.PushOutcome;

/**
 * The requests one batch of changes needs, grouped the way Atlas takes them in bulk: one bulk-classification call
 * per identical classification, one glossary call per term, one bulk entity call for every process written; the
 * rest one call per change. Each request's answer is credited to the changes it carries.
 */
final class PushPlan {
    static final String ALREADY_ASSOCIATED = "ATLAS-400-00-01B";
    static final String NOT_ASSOCIATED = "ATLAS-400-00-06D";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One entity a request acts on, for one change. */
    record Target(long changeId, String guid) {
    }

    /** A request that carries one change. */
    record Single(long changeId, String method, String path, String body, Set<String> alreadyCodes,
                  boolean notFoundMeansApplied, String what) {
    }

    /** A process entity to create or update, with the changes it carries. */
    static final class ProcessWrite {
        final ObjectNode entity;
        final Map<String, JsonNode> inputs;
        final Map<String, JsonNode> outputs;
        final Set<Long> changeIds = new LinkedHashSet<>();

        ProcessWrite(ObjectNode entity, Map<String, JsonNode> inputs, Map<String, JsonNode> outputs) {
            this.entity = entity;
            this.inputs = inputs;
            this.outputs = outputs;
        }
    }

    private final Map<String, List<Target>> classificationBatches = new LinkedHashMap<>();
    private final List<Single> singles = new ArrayList<>();
    private final Map<String, List<Target>> termAssignments = new LinkedHashMap<>();
    private final Map<String, List<ObjectNode>> termRemovals = new LinkedHashMap<>();
    private final Map<String, List<Long>> termRemovalChanges = new LinkedHashMap<>();
    private final Map<String, ProcessWrite> processes = new LinkedHashMap<>();
    private final Set<Long> changeIds = new LinkedHashSet<>();
    private final Map<Long, List<String>> failures = new LinkedHashMap<>();
    private final Map<Long, String> responses = new LinkedHashMap<>();
    private final Set<Long> applied = new LinkedHashSet<>();

    void addClassification(long changeId, String guid, ObjectNode classification) {
        classificationBatches.computeIfAbsent(classification.toString(), k -> new ArrayList<>())
                .add(new Target(changeId, guid));
        changeIds.add(changeId);
    }

    void single(Single single) {
        singles.add(single);
        changeIds.add(single.changeId());
    }

    void assignTerm(long changeId, String termGuid, String entityGuid) {
        termAssignments.computeIfAbsent(termGuid, k -> new ArrayList<>()).add(new Target(changeId, entityGuid));
        changeIds.add(changeId);
    }

    void removeTerm(long changeId, String termGuid, String entityGuid, String relationshipGuid) {
        ObjectNode header = JSON.createObjectNode().put("guid", entityGuid).put("relationshipGuid", relationshipGuid);
        termRemovals.computeIfAbsent(termGuid, k -> new ArrayList<>()).add(header);
        termRemovalChanges.computeIfAbsent(termGuid, k -> new ArrayList<>()).add(changeId);
        changeIds.add(changeId);
    }

    ProcessWrite process(String qualifiedName, java.util.function.Supplier<ProcessWrite> create) {
        return processes.computeIfAbsent(qualifiedName, k -> create.get());
    }

    void carries(ProcessWrite write, long changeId) {
        write.changeIds.add(changeId);
        changeIds.add(changeId);
    }

    List<Long> changeIds() {
        return List.copyOf(changeIds);
    }

    Map<Long, PushOutcome> execute(AtlasHttp http) {
        classificationBatches.forEach((json, targets) -> sendClassifications(http, json, targets));
        for (Single single : singles) {
            send(http, List.of(single.changeId()), single.method(), single.path(), single.body(),
                    single.alreadyCodes(), single.notFoundMeansApplied(), single.what());
        }
        termAssignments.forEach((term, targets) -> {
            ArrayNode headers = JSON.createArrayNode();
            targets.forEach(t -> headers.addObject().put("guid", t.guid()));
            send(http, targets.stream().map(Target::changeId).distinct().toList(), "POST",
                    "/api/atlas/v2/glossary/terms/" + RemoteReader.encode(term) + "/assignedEntities",
                    headers.toString(), Set.of(), false, "assigning glossary term " + term);
        });
        termRemovals.forEach((term, headers) -> {
            ArrayNode body = JSON.createArrayNode();
            headers.forEach(body::add);
            send(http, termRemovalChanges.get(term).stream().distinct().toList(), "PUT",
                    "/api/atlas/v2/glossary/terms/" + RemoteReader.encode(term) + "/assignedEntities",
                    body.toString(), Set.of(), false, "removing glossary term " + term);
        });
        if (!processes.isEmpty()) {
            ObjectNode body = JSON.createObjectNode();
            ArrayNode entities = body.putArray("entities");
            List<Long> carried = new ArrayList<>();
            for (ProcessWrite write : processes.values()) {
                ObjectNode attributes = (ObjectNode) write.entity.get("attributes");
                ArrayNode inputs = attributes.putArray("inputs");
                write.inputs.values().forEach(inputs::add);
                ArrayNode outputs = attributes.putArray("outputs");
                write.outputs.values().forEach(outputs::add);
                entities.add(write.entity);
                carried.addAll(write.changeIds);
            }
            send(http, carried.stream().distinct().toList(), "POST", "/api/atlas/v2/entity/bulk", body.toString(),
                    Set.of(), false, "writing lineage processes");
        }
        Map<Long, PushOutcome> outcomes = new LinkedHashMap<>();
        for (long id : changeIds) {
            List<String> failed = failures.get(id);
            if (failed != null) {
                outcomes.put(id, new PushOutcome.Failed(String.join("; ", failed)));
            } else if (responses.containsKey(id)) {
                outcomes.put(id, new PushOutcome.Applied(responses.get(id)));
            } else if (applied.contains(id)) {
                outcomes.put(id, new PushOutcome.AlreadyApplied("Atlas reported it already in place"));
            } else {
                outcomes.put(id, new PushOutcome.Failed("not sent"));
            }
        }
        return outcomes;
    }

    private void sendClassifications(AtlasHttp http, String json, List<Target> targets) {
        ObjectNode body = JSON.createObjectNode();
        JsonNode classification;
        try {
            classification = JSON.readTree(json);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        body.set("classification", classification);
        ArrayNode guids = body.putArray("entityGuids");
        targets.forEach(t -> guids.add(t.guid()));
        String what = "adding classification " + classification.path("typeName").asText();
        PushResponse response;
        try {
            response = http.send("POST", "/api/atlas/v2/entity/bulk/classification", body.toString());
        } catch (PushException e) {
            targets.forEach(t -> fail(t.changeId(), e.getMessage()));
            return;
        }
        if (response.ok()) {
            targets.forEach(t -> responses.put(t.changeId(), response.status() + " " + what));
        } else if (ALREADY_ASSOCIATED.equals(response.errorCode()) && targets.size() > 1) {
            // One entity of the batch already has it: Atlas refuses the whole batch, so add them one by one.
            for (Target target : targets) {
                ArrayNode single = JSON.createArrayNode().add(classification);
                send(http, List.of(target.changeId()), "POST", "/api/atlas/v2/entity/guid/"
                        + RemoteReader.encode(target.guid()) + "/classifications", single.toString(),
                        Set.of(ALREADY_ASSOCIATED), false, what);
            }
        } else {
            settle(http, targets.stream().map(Target::changeId).toList(), response, Set.of(ALREADY_ASSOCIATED), false,
                    what);
        }
    }

    private void send(AtlasHttp http, List<Long> ids, String method, String path, String body,
                      Set<String> alreadyCodes, boolean notFoundMeansApplied, String what) {
        PushResponse response;
        try {
            response = http.send(method, path, body);
        } catch (PushException e) {
            ids.forEach(id -> fail(id, e.getMessage()));
            return;
        }
        settle(http, ids, response, alreadyCodes, notFoundMeansApplied, what);
    }

    private void settle(AtlasHttp http, List<Long> ids, PushResponse response, Set<String> alreadyCodes,
                        boolean notFoundMeansApplied, String what) {
        if (response.ok()) {
            ids.forEach(id -> responses.merge(id, response.status() + " " + what, (a, b) -> a + "; " + b));
        } else if (alreadyCodes.contains(response.errorCode())
                || (notFoundMeansApplied && response.status() == 404)) {
            applied.addAll(ids);
        } else {
            String message = message(http, response, what);
            ids.forEach(id -> fail(id, message));
        }
    }

    static String message(AtlasHttp http, PushResponse response, String what) {
        return response.describe() + " (while " + what + ")";
    }

    private void fail(long changeId, String message) {
        failures.computeIfAbsent(changeId, k -> new ArrayList<>()).add(message);
    }
}
