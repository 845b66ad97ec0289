package org.xuequ.governance.actions;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.xuequ.governance.LinkKind;

/**
 * An action a decision produces.
 *
 * @param ownerUnitId the unit that carries it out (its accounts may report progress); checked against the registry
 * @param ownerPerson the person responsible
 * @param link what the action acts on; optional
 */
public record ActionSpec(
        @NotBlank @Size(max = 300) String title,
        @Nullable String detail,
        @Nullable Long ownerUnitId,
        @Nullable @Size(max = 50) String ownerPerson,
        @NotNull LocalDate dueDate,
        @Nullable @Valid Link link) {

    /**
     * A typed link to the object acted on. A {@code UNIT} must exist in the region; other kinds are stored as given
     * and resolved by their own module.
     *
     * @param label what to show until the owning module resolves it
     */
    public record Link(
            @NotNull LinkKind kind,
            @NotNull Long id,
            @Nullable @Size(max = 200) String label) {}
}
