package org.steward.model.policy;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What the rules share: which classifications count as personal data, where a dataset names its DPIA, its region
 * and its retention, and the retention stages.
 *
 * @param regionPattern found in a dataset's source or database name (lower-cased), its first group is the region
 */
public record PolicySettings(List<String> personalData, List<String> dpiaAttributes, List<String> regionAttributes,
                             Pattern regionPattern, List<RetentionAttribute> retentionAttributes,
                             List<StageRule> stages) {

    public PolicySettings {
        personalData = List.copyOf(personalData);
        dpiaAttributes = List.copyOf(dpiaAttributes);
        regionAttributes = List.copyOf(regionAttributes);
        retentionAttributes = List.copyOf(retentionAttributes);
        stages = List.copyOf(stages);
    }

    /** The stage a dataset is in: the first that matches, else the default one. */
    public Optional<StageRule> stageOf(EntityFacts entity) {
        return stages.stream().filter(stage -> !stage.isDefault() && stage.matches(entity)).findFirst()
                .or(() -> stages.stream().filter(StageRule::isDefault).findFirst());
    }
}
