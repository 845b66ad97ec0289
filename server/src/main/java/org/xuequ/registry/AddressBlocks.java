package org.xuequ.registry;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xuequ.platform.CurrentUser;

/** Reading address blocks (小区/门牌段) within the caller's scope; they are written by the Excel import. */
@Service
@Transactional(readOnly = true)
public class AddressBlocks {

    private final AddressBlockRepository blocks;
    private final CurrentUser currentUser;

    AddressBlocks(AddressBlockRepository blocks, CurrentUser currentUser) {
        this.blocks = blocks;
        this.currentUser = currentUser;
    }

    public record Filter(String name, String subdistrictCode) {
    }

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
