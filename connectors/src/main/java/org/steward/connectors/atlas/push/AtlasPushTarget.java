package org.steward.connectors.atlas.push;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.random.RandomGenerator;
import org.steward.connectors.atlas.client.AtlasSession;
import org.steward.model.change.AttributeChange;
import org.steward.model.change.Change;
import org.steward.model.change.ClassificationAdded;
import org.steward.model.change.ClassificationRemoved;
import org.steward.model.change.DescriptionChange;
import org.steward.model.change.GlossaryTermsChange;
import org.steward.model.change.LineageEdgeAdded;
import org.steward.model.change.LineageEdgeRemoved;
import org.steward.model.change.OwnerChange;
import org.steward.model.change.ProcessAdded;
import org.steward.model.change.ProcessRemoved;
import org.steward.model.push.CircuitBreaker;
import org.steward.model.push.Conflict;
import org.steward.model.push.EntityRef;
import org.steward.model.push.PushItem;
import org.steward.model.push.PushOutcome;
import org.steward.model.push.PushTarget;
import org.steward.model.push.RetryPolicy;

/**
 * Pushes approved changes to Apache Atlas (REST API v2). For each batch it first reads the entities concerned, so
 * a change Atlas already holds is recorded as applied without a request, and a value someone changed on Atlas since
 * the pull comes back as a conflict (base / mine / theirs) instead of being overwritten. Then it sends what is left:
 * classifications in bulk ({@code POST /v2/entity/bulk/classification}), updated ones with
 * {@code PUT /v2/entity/guid/{guid}/classifications}, removed ones with {@code DELETE …/classification/{name}},
 * description and owner as partial updates ({@code PUT /v2/entity/guid/{guid}?name=…}), glossary terms through
 * {@code /v2/glossary/terms/{termGuid}/assignedEntities}, and lineage as process entities with their inputs and
 * outputs ({@code POST /v2/entity/bulk}).
 */
public final class AtlasPushTarget implements PushTarget {
    static final String TERM_TYPE = "AtlasGlossaryTerm";
    static final String PROCESS_TYPE = "Process";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String endpoint;
    private final AtlasHttp http;
    private final RemoteReader reader;
    private final Map<String, String> termGuids = new ConcurrentHashMap<>();
    private final Map<String, String> termNames = new ConcurrentHashMap<>();

    AtlasPushTarget(String endpoint, AtlasHttp http) {
        this.endpoint = endpoint;
        this.http = http;
        this.reader = new RemoteReader(http);
    }

    /** A target for the session's Atlas, retrying with {@code policy} behind {@code breaker}. */
    public static AtlasPushTarget open(AtlasSession session, RetryPolicy policy, CircuitBreaker breaker) {
        return new AtlasPushTarget(session.endpoint().name(), new AtlasHttp(session, policy, breaker,
                duration -> Thread.sleep(duration.toMillis()), RandomGenerator.getDefault()));
    }

    @Override
    public String endpoint() {
        return endpoint;
    }

    @Override
    public CircuitBreaker breaker() {
        return http.breaker();
    }

    @Override
    public long requestCount() {
        return http.requestCount();
    }

    @Override
    public Map<Long, PushOutcome> push(List<PushItem> items, Consumer<List<Long>> beforeSending) {
        Remote remote = read(items);
        PushPlan plan = new PushPlan();
        Map<Long, PushOutcome> outcomes = new LinkedHashMap<>();
        for (PushItem item : items) {
            try {
                PushOutcome decided = decide(item, remote, plan);
                if (decided != null) {
                    outcomes.put(item.changeId(), decided);
                }
            } catch (IllegalArgumentException | NotOnAtlas e) {
                outcomes.put(item.changeId(), new PushOutcome.Failed(e.getMessage()));
            }
        }
        List<Long> sending = plan.changeIds();
        if (!sending.isEmpty()) {
            beforeSending.accept(sending);
            outcomes.putAll(plan.execute(http));
        }
        return outcomes;
    }

    /** What Atlas holds now of the entities, processes and glossary terms a batch touches. */
    private record Remote(Map<Long, RemoteEntity> entities, Map<String, RemoteEntity> processes) {
    }

    private static final class NotOnAtlas extends RuntimeException {
        NotOnAtlas(String message) {
            super(message);
        }
    }

    private Remote read(List<PushItem> items) {
        Map<Long, EntityRef> refs = new HashMap<>();
        items.forEach(item -> refs.putAll(item.entities()));
        Map<Long, RemoteEntity> found = new HashMap<>();
        Map<String, Long> idsByGuid = new HashMap<>();
        Map<String, Map<String, Long>> idsByType = new LinkedHashMap<>();
        for (EntityRef ref : refs.values()) {
            if (ref.pulled()) {
                idsByGuid.put(ref.guid(), ref.id());
            } else {
                idsByType.computeIfAbsent(ref.typeName(), k -> new LinkedHashMap<>())
                        .put(ref.qualifiedName(), ref.id());
            }
        }
        reader.byGuid(idsByGuid.keySet()).forEach((guid, entity) -> found.put(idsByGuid.get(guid), entity));
        idsByType.forEach((type, ids) -> reader.byQualifiedName(type, ids.keySet())
                .forEach((name, entity) -> {
                    Long id = ids.get(name);
                    if (id != null) {
                        found.put(id, entity);
                    }
                }));
        Set<String> processNames = new HashSet<>();
        Set<String> terms = new HashSet<>();
        for (PushItem item : items) {
            Change change = item.change();
            if (change instanceof ProcessAdded process) {
                processNames.add(process.qualifiedName());
            } else if (change instanceof LineageEdgeAdded edge && edge.viaProcessId() == null) {
                RemoteEntity from = found.get(edge.fromId());
                RemoteEntity to = found.get(edge.toId());
                if (from != null && to != null && !from.process() && !to.process()) {
                    processNames.add(edgeProcessName(item.entity(edge.fromId()), item.entity(edge.toId())));
                }
            } else if (change instanceof GlossaryTermsChange glossary) {
                terms.addAll(glossary.before());
                terms.addAll(glossary.after());
            }
        }
        terms.removeAll(termGuids.keySet());
        reader.byQualifiedName(TERM_TYPE, terms).forEach((name, term) -> {
            termGuids.put(name, term.guid());
            termNames.put(term.guid(), name);
        });
        Map<String, RemoteEntity> processes = reader.byQualifiedName(PROCESS_TYPE, processNames);
        return new Remote(found, processes);
    }

    private PushOutcome decide(PushItem item, Remote remote, PushPlan plan) {
        Change change = item.change();
        if (change instanceof ProcessAdded process) {
            return addProcess(item, process, remote, plan);
        }
        if (change instanceof ProcessRemoved removed) {
            RemoteEntity process = remote.entities().get(removed.processId());
            if (process == null || process.deleted()) {
                return new PushOutcome.AlreadyApplied("the process is not on Atlas (any more)");
            }
            plan.single(new PushPlan.Single(item.changeId(), "DELETE", "/api/atlas/v2/entity/guid/"
                    + RemoteReader.encode(process.guid()), null, Set.of(), true, "deleting process "
                    + process.qualifiedName()));
            return null;
        }
        RemoteEntity entity = existing(item, change.entityId(), remote);
        if (change instanceof ClassificationAdded added) {
            ObjectNode classification = classification(added);
            var present = entity.classification(added.classification());
            if (present.isEmpty()) {
                plan.addClassification(item.changeId(), entity.guid(), classification);
            } else if (sameClassification(present.get(), added)) {
                return new PushOutcome.AlreadyApplied(added.classification() + " is on " + entity.guid());
            } else {
                plan.single(new PushPlan.Single(item.changeId(), "PUT", "/api/atlas/v2/entity/guid/"
                        + RemoteReader.encode(entity.guid()) + "/classifications",
                        JSON.createArrayNode().add(classification).toString(), Set.of(), false,
                        "updating classification " + added.classification()));
            }
            return null;
        }
        if (change instanceof ClassificationRemoved removed) {
            if (entity.classification(removed.classification()).isEmpty()) {
                return new PushOutcome.AlreadyApplied(removed.classification() + " is not on " + entity.guid());
            }
            plan.single(new PushPlan.Single(item.changeId(), "DELETE", "/api/atlas/v2/entity/guid/"
                    + RemoteReader.encode(entity.guid()) + "/classification/"
                    + RemoteReader.encode(removed.classification()), null, Set.of(PushPlan.NOT_ASSOCIATED), true,
                    "removing classification " + removed.classification()));
            return null;
        }
        if (change instanceof DescriptionChange description) {
            return attribute(item, entity, "description", description.before(), description.after(), plan);
        }
        if (change instanceof OwnerChange owner) {
            return attribute(item, entity, "owner", owner.before(), owner.after(), plan);
        }
        if (change instanceof AttributeChange attribute) {
            // Atlas refuses an attribute its type does not define; that answer fails this change with its message.
            return attribute(item, entity, attribute.key(), attribute.before(), attribute.after(), plan);
        }
        if (change instanceof GlossaryTermsChange glossary) {
            return glossary(item, entity, glossary, plan);
        }
        if (change instanceof LineageEdgeAdded edge) {
            return addEdge(item, edge, remote, plan);
        }
        if (change instanceof LineageEdgeRemoved edge) {
            return removeEdge(item, edge, remote, plan);
        }
        throw new IllegalArgumentException("Steward cannot push a " + change.kind() + " change to Atlas");
    }

    private PushOutcome attribute(PushItem item, RemoteEntity entity, String name, String before, String after,
                                  PushPlan plan) {
        String theirs = entity.text(name);
        if (theirs.equals(after)) {
            return new PushOutcome.AlreadyApplied(name + " on Atlas already reads as proposed");
        }
        if (!theirs.equals(before) && !unchangedSincePull(item.entity(item.change().entityId()), entity)) {
            return new PushOutcome.Conflicted(new Conflict(before, after, theirs),
                    name + " of " + entity.qualifiedName() + " was changed on Atlas since the pull");
        }
        plan.single(new PushPlan.Single(item.changeId(), "PUT", "/api/atlas/v2/entity/guid/"
                + RemoteReader.encode(entity.guid()) + "?name=" + name, JSON.valueToTree(after).toString(),
                Set.of(), false, "updating " + name + " of " + entity.qualifiedName()));
        return null;
    }

    private PushOutcome glossary(PushItem item, RemoteEntity entity, GlossaryTermsChange change, PushPlan plan) {
        Map<String, String> relationByTerm = new LinkedHashMap<>();
        entity.meanings().forEach(m -> relationByTerm.put(m.termGuid(), m.relationshipGuid()));
        Set<String> theirs = relationByTerm.keySet();
        List<String> add = new ArrayList<>();
        for (String term : change.added()) {
            add.add(termGuid(term));
        }
        List<String> remove = new ArrayList<>();
        for (String term : change.removed()) {
            String guid = termGuids.get(term);
            if (guid != null) {
                remove.add(guid);
            }
        }
        if (theirs.containsAll(add) && remove.stream().noneMatch(theirs::contains)) {
            return new PushOutcome.AlreadyApplied("the glossary terms on Atlas already are as proposed");
        }
        Set<String> before = new HashSet<>();
        change.before().forEach(term -> {
            String guid = termGuids.get(term);
            if (guid != null) {
                before.add(guid);
            }
        });
        if (!before.equals(new HashSet<>(theirs)) && !unchangedSincePull(item.entity(change.entityId()), entity)) {
            List<String> theirNames = new ArrayList<>();
            entity.meanings().forEach(m -> theirNames.add(termNames.getOrDefault(m.termGuid(), m.displayText())));
            return new PushOutcome.Conflicted(new Conflict(String.join("\n", change.before()),
                    String.join("\n", change.after()), String.join("\n", theirNames)),
                    "glossary terms of " + entity.qualifiedName() + " were changed on Atlas since the pull");
        }
        add.stream().filter(guid -> !theirs.contains(guid))
                .forEach(guid -> plan.assignTerm(item.changeId(), guid, entity.guid()));
        remove.stream().filter(theirs::contains)
                .forEach(guid -> plan.removeTerm(item.changeId(), guid, entity.guid(), relationByTerm.get(guid)));
        return null;
    }

    private PushOutcome addProcess(PushItem item, ProcessAdded process, Remote remote, PushPlan plan) {
        RemoteEntity existing = remote.processes().get(process.qualifiedName());
        if (existing != null && !existing.deleted()) {
            return new PushOutcome.AlreadyApplied("process " + process.qualifiedName() + " is on Atlas as "
                    + existing.guid());
        }
        PushPlan.ProcessWrite write = plan.process(process.qualifiedName(),
                () -> newProcess(process.qualifiedName(), process.name()));
        for (long input : process.inputIds()) {
            write.inputs.put(key(item.entity(input)), reference(item.entity(input), remote.entities().get(input)));
        }
        for (long output : process.outputIds()) {
            write.outputs.put(key(item.entity(output)), reference(item.entity(output), remote.entities().get(output)));
        }
        plan.carries(write, item.changeId());
        return null;
    }

    private PushOutcome addEdge(PushItem item, LineageEdgeAdded edge, Remote remote, PushPlan plan) {
        RemoteEntity from = existing(item, edge.fromId(), remote);
        RemoteEntity to = existing(item, edge.toId(), remote);
        if (to.process()) {
            if (to.inputs().contains(from.guid())) {
                return new PushOutcome.AlreadyApplied(from.qualifiedName() + " already is an input of "
                        + to.qualifiedName());
            }
            PushPlan.ProcessWrite write = plan.process(to.qualifiedName(), () -> existingProcess(to, remote));
            write.inputs.put(from.guid(), reference(from));
            plan.carries(write, item.changeId());
            return null;
        }
        if (from.process()) {
            if (from.outputs().contains(to.guid())) {
                return new PushOutcome.AlreadyApplied(to.qualifiedName() + " already is an output of "
                        + from.qualifiedName());
            }
            PushPlan.ProcessWrite write = plan.process(from.qualifiedName(), () -> existingProcess(from, remote));
            write.outputs.put(to.guid(), reference(to));
            plan.carries(write, item.changeId());
            return null;
        }
        RemoteEntity via;
        String processName;
        if (edge.viaProcessId() != null) {
            via = existing(item, edge.viaProcessId(), remote);
            processName = via.qualifiedName();
        } else {
            processName = edgeProcessName(item.entity(edge.fromId()), item.entity(edge.toId()));
            via = remote.processes().get(processName);
        }
        if (via != null && via.inputs().contains(from.guid()) && via.outputs().contains(to.guid())) {
            return new PushOutcome.AlreadyApplied("Atlas already has " + from.qualifiedName() + " → "
                    + to.qualifiedName() + " through " + processName);
        }
        RemoteEntity through = via;
        PushPlan.ProcessWrite write = plan.process(processName, () -> through == null
                ? newProcess(processName, from.text("name") + " → " + to.text("name"))
                : existingProcess(through, remote));
        write.inputs.put(from.guid(), reference(from));
        write.outputs.put(to.guid(), reference(to));
        plan.carries(write, item.changeId());
        return null;
    }

    private PushOutcome removeEdge(PushItem item, LineageEdgeRemoved edge, Remote remote, PushPlan plan) {
        RemoteEntity from = existing(item, edge.fromId(), remote);
        RemoteEntity to = existing(item, edge.toId(), remote);
        if (to.process()) {
            if (!to.inputs().contains(from.guid())) {
                return new PushOutcome.AlreadyApplied(from.qualifiedName() + " is not an input of "
                        + to.qualifiedName());
            }
            PushPlan.ProcessWrite write = plan.process(to.qualifiedName(), () -> existingProcess(to, remote));
            write.inputs.remove(from.guid());
            plan.carries(write, item.changeId());
            return null;
        }
        if (from.process()) {
            if (!from.outputs().contains(to.guid())) {
                return new PushOutcome.AlreadyApplied(to.qualifiedName() + " is not an output of "
                        + from.qualifiedName());
            }
            PushPlan.ProcessWrite write = plan.process(from.qualifiedName(), () -> existingProcess(from, remote));
            write.outputs.remove(to.guid());
            plan.carries(write, item.changeId());
            return null;
        }
        throw new IllegalArgumentException("Atlas records lineage from " + from.qualifiedName() + " to "
                + to.qualifiedName() + " through a process; remove that process or its input instead");
    }

    private RemoteEntity existing(PushItem item, long id, Remote remote) {
        RemoteEntity entity = remote.entities().get(id);
        EntityRef ref = item.entity(id);
        if (entity == null || entity.deleted()) {
            throw new NotOnAtlas(ref.typeName() + " " + ref.qualifiedName() + " is not on "
                    + http.endpoint() + (entity == null ? "" : " (deleted there)"));
        }
        return entity;
    }

    private String termGuid(String term) {
        String guid = termGuids.get(term);
        if (guid == null) {
            throw new NotOnAtlas("glossary term " + term + " is not on " + http.endpoint());
        }
        return guid;
    }

    private static boolean unchangedSincePull(EntityRef ref, RemoteEntity entity) {
        return (ref.baseVersion() != null && Objects.equals(ref.baseVersion(), entity.version())
                && ref.baseUpdateTime() == null)
                || (ref.baseUpdateTime() != null && Objects.equals(ref.baseUpdateTime(), entity.updateTime()));
    }

    static ObjectNode classification(ClassificationAdded added) {
        ObjectNode node = JSON.createObjectNode();
        node.put("typeName", added.classification());
        ObjectNode attributes = node.putObject("attributes");
        added.attributes().forEach(attributes::put);
        node.put("propagate", added.propagate());
        if (added.validFrom() != null || added.validTo() != null) {
            ObjectNode period = node.putArray("validityPeriods").addObject();
            if (added.validFrom() != null) {
                period.put("startTime", boundary(added.validFrom(), "00:00:00"));
            }
            if (added.validTo() != null) {
                period.put("endTime", boundary(added.validTo(), "23:59:59"));
            }
            period.put("timeZone", "UTC");
        }
        return node;
    }

    private static boolean sameClassification(JsonNode remote, ClassificationAdded added) {
        boolean propagate = remote.path("propagate").asBoolean(true);
        Map<String, String> attributes = new HashMap<>();
        remote.path("attributes").fields().forEachRemaining(e -> {
            if (!e.getValue().isNull()) {
                attributes.put(e.getKey(), e.getValue().asText());
            }
        });
        return propagate == added.propagate() && attributes.equals(added.attributes());
    }

    private static String boundary(LocalDate date, String time) {
        return date.toString().replace('-', '/') + " " + time;
    }

    private static PushPlan.ProcessWrite newProcess(String qualifiedName, String name) {
        ObjectNode entity = JSON.createObjectNode().put("typeName", PROCESS_TYPE);
        entity.putObject("attributes").put("qualifiedName", qualifiedName).put("name", name);
        return new PushPlan.ProcessWrite(entity, new LinkedHashMap<>(), new LinkedHashMap<>());
    }

    private static PushPlan.ProcessWrite existingProcess(RemoteEntity process, Remote remote) {
        ObjectNode entity = JSON.createObjectNode().put("typeName", process.typeName()).put("guid", process.guid());
        entity.putObject("attributes").put("qualifiedName", process.qualifiedName())
                .put("name", process.text("name").isEmpty() ? process.qualifiedName() : process.text("name"));
        Map<String, JsonNode> inputs = new LinkedHashMap<>();
        process.inputs().forEach(guid -> inputs.put(guid, JSON.createObjectNode().put("guid", guid)));
        Map<String, JsonNode> outputs = new LinkedHashMap<>();
        process.outputs().forEach(guid -> outputs.put(guid, JSON.createObjectNode().put("guid", guid)));
        return new PushPlan.ProcessWrite(entity, inputs, outputs);
    }

    private static String key(EntityRef ref) {
        return ref.pulled() ? ref.guid() : ref.typeName() + ":" + ref.qualifiedName();
    }

    private static JsonNode reference(EntityRef ref, RemoteEntity remote) {
        if (remote != null) {
            return reference(remote);
        }
        ObjectNode node = JSON.createObjectNode().put("typeName", ref.typeName());
        node.putObject("uniqueAttributes").put("qualifiedName", ref.qualifiedName());
        return node;
    }

    private static JsonNode reference(RemoteEntity remote) {
        return JSON.createObjectNode().put("guid", remote.guid()).put("typeName", remote.typeName());
    }

    static String edgeProcessName(EntityRef from, EntityRef to) {
        return "steward:" + from.qualifiedName() + "->" + to.qualifiedName();
    }
}
