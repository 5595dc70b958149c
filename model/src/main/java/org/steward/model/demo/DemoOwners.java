package org.steward.model.demo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.steward.model.demo.DemoBlueprint.Person;
import org.steward.model.demo.DemoBlueprint.Team;
import org.steward.model.ingest.OwnerRecord;

/** The people and team handles of the demo company, and who owns what (some datasets have no owner on purpose). */
final class DemoOwners {

    private static final int UNOWNED_PERCENT = 8;

    private final List<OwnerRecord> records = new ArrayList<>();
    private final Map<String, List<String>> byTeam = new HashMap<>();
    private final List<String> everyone = new ArrayList<>();

    DemoOwners(DemoBlueprint blueprint) {
        Map<String, String> teamNames = new HashMap<>();
        for (Team t : blueprint.teams()) {
            teamNames.put(t.id(), t.name());
        }
        String domain = blueprint.company().domain();
        for (Person p : blueprint.people()) {
            String team = teamNames.getOrDefault(p.team(), p.team());
            records.add(new OwnerRecord(p.id(), p.name(), p.id() + "@" + domain, team));
            byTeam.computeIfAbsent(p.team(), k -> new ArrayList<>()).add(p.id());
            everyone.add(p.id());
        }
    }

    List<OwnerRecord> records() {
        return List.copyOf(records);
    }

    /** An owner from the team, or blank for about one dataset in twelve. */
    String pick(String team, SplittableRandom rnd) {
        if (rnd.nextInt(100) < UNOWNED_PERCENT) {
            return "";
        }
        List<String> members = byTeam.getOrDefault(team, everyone);
        return members.get(rnd.nextInt(members.size()));
    }
}
