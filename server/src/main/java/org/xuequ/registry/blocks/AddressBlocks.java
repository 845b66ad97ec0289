package org.xuequ.registry.blocks;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xuequ.platform.XuequProblem;
import org.xuequ.platform.XuequProblem.FieldProblem;
import org.xuequ.platform.access.CurrentUser;
import org.xuequ.platform.access.ScopeTarget;
import org.xuequ.registry.regions.Subdistrict;
import org.xuequ.registry.regions.SubdistrictRepository;

/** Address blocks (小区/门牌段) within the caller's scope; most are written in bulk by the Excel import. */
@Service
@Transactional(readOnly = true)
public class AddressBlocks {

    private final AddressBlockRepository blocks;
    private final SubdistrictRepository subdistricts;
    private final CurrentUser currentUser;

    AddressBlocks(AddressBlockRepository blocks, SubdistrictRepository subdistricts, CurrentUser currentUser) {
        this.blocks = blocks;
        this.subdistricts = subdistricts;
        this.currentUser = currentUser;
    }

    /**
     * Registers one block (sample data, single edits). Region-level callers only: a district office
     * adds blocks through the Excel import, which checks the subdistricts its districts cover.
     */
    @Transactional
    public AddressBlock create(
            String subdistrictCode,
            String community,
            String name,
            BigDecimal longitude,
            BigDecimal latitude,
            int households) {
        List<FieldProblem> errors = new ArrayList<>();
        Subdistrict subdistrict = subdistrictCode == null
                ? null
                : subdistricts.findById(subdistrictCode).orElse(null);
        if (subdistrict == null) {
            errors.add(new FieldProblem("subdistrictCode", "error.unknown-subdistrict"));
        }
        if (community == null || community.isBlank()) {
            errors.add(new FieldProblem("community", "error.required"));
        }
        if (name == null || name.isBlank()) {
            errors.add(new FieldProblem("name", "error.required"));
        }
        if (households < 0) {
            errors.add(new FieldProblem("households", "error.excel.out-of-range"));
        }
        if (!errors.isEmpty()) {
            throw XuequProblem.invalid(errors);
        }
        currentUser.requireCovers(ScopeTarget.region(subdistrict.getRegionCode()));
        return blocks.save(new AddressBlock(
                subdistrict.getRegionCode(),
                subdistrictCode,
                community.strip(),
                name.strip(),
                longitude,
                latitude,
                households));
    }

    public record Filter(String name, String subdistrictCode) {}

    public Page<AddressBlock> search(Filter filter, Pageable pageable) {
        Specification<AddressBlock> spec = AddressBlockScope.within(currentUser.scope());
        if (filter.name() != null && !filter.name().isBlank()) {
            String like = "%" + filter.name().strip() + "%";
            spec = spec.and((root, query, cb) -> cb.like(root.get(AddressBlock_.name), like));
        }
        if (filter.subdistrictCode() != null && !filter.subdistrictCode().isBlank()) {
            String code = filter.subdistrictCode().strip();
            spec = spec.and((root, query, cb) -> cb.equal(root.get(AddressBlock_.subdistrictCode), code));
        }
        return blocks.findAll(spec, pageable);
    }
}
