package org.xuequ.enrollment.cycles;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.xuequ.platform.access.ScopeTarget;
import org.xuequ.platform.access.Scoped;

/**
 * 优先顺位 of a region as data: ordered rules such as "户籍与房产一致且在片内 > 户籍在片内 > 房产在片内 >
 * 居住证". A child's tier at a school is the rank of the first rule whose conditions all hold there.
 */
@Entity
@Table(name = "enrollment_policy")
public class PriorityPolicy implements Scoped {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    private String regionCode;

    private String name;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "enrollment_policy_rule", joinColumns = @JoinColumn(name = "policy_id"))
    @OrderBy("rank")
    private List<TierRule> rules = new ArrayList<>();

    protected PriorityPolicy() {}

    public PriorityPolicy(String regionCode, String name, List<TierRule> rules) {
        this.regionCode = regionCode;
        this.name = name;
        this.rules = new ArrayList<>(rules);
    }

    void revise(String name, List<TierRule> rules) {
        this.name = name;
        this.rules.clear();
        this.rules.addAll(rules);
    }

    /** One rule; {@code conditions} is a comma-separated list of {@link TierCondition} names. */
    @Embeddable
    public record TierRule(
            int rank,
            String label,
            String conditions,
            @Column(name = "min_property_years") Integer minPropertyYears) {

        public static TierRule of(int rank, String label, Integer minPropertyYears, TierCondition... conditions) {
            return new TierRule(
                    rank,
                    label,
                    Arrays.stream(conditions).map(Enum::name).collect(Collectors.joining(",")),
                    minPropertyYears);
        }

        public Set<TierCondition> conditionSet() {
            Set<TierCondition> set = EnumSet.noneOf(TierCondition.class);
            for (String name : conditions.split(",")) {
                if (!name.isBlank()) {
                    set.add(TierCondition.valueOf(name.strip()));
                }
            }
            return set;
        }
    }

    @Override
    public ScopeTarget scopeTarget() {
        return ScopeTarget.region(regionCode);
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getRegionCode() {
        return regionCode;
    }

    public String getName() {
        return name;
    }

    public List<TierRule> getRules() {
        return List.copyOf(rules);
    }

    /** The tier children get where no rule holds: one past the last rule. */
    public int lowestTier() {
        return rules.size() + 1;
    }
}
