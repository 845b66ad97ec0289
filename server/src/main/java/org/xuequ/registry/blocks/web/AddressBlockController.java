package org.xuequ.registry.blocks.web;

import java.math.BigDecimal;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.xuequ.platform.access.Permits;
import org.xuequ.platform.access.Role;
import org.xuequ.registry.blocks.AddressBlock;
import org.xuequ.registry.blocks.AddressBlocks;

@RestController
@RequestMapping("/api/registry/address-blocks")
@Permits({Role.ADMIN, Role.COMMISSION, Role.DISTRICT_OFFICE, Role.UNIT, Role.INSTITUTION, Role.INSPECTOR})
class AddressBlockController {

    private final AddressBlocks blocks;

    AddressBlockController(AddressBlocks blocks) {
        this.blocks = blocks;
    }

    record AddressBlockView(
            long id,
            long version,
            String regionCode,
            String subdistrictCode,
            String community,
            String name,
            BigDecimal longitude,
            BigDecimal latitude,
            int households) {}

    record AddressBlockForm(
            String subdistrictCode,
            String community,
            String name,
            BigDecimal longitude,
            BigDecimal latitude,
            Integer households) {}

    @Permits({Role.ADMIN, Role.COMMISSION, Role.DISTRICT_OFFICE})
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    AddressBlockView create(@RequestBody AddressBlockForm form) {
        AddressBlock b = blocks.create(
                form.subdistrictCode(),
                form.community(),
                form.name(),
                form.longitude(),
                form.latitude(),
                form.households() == null ? -1 : form.households());
        return view(b);
    }

    @GetMapping
    Page<AddressBlockView> search(
            @RequestParam(required = false) String name,
            @RequestParam(required = false) String subdistrictCode,
            @PageableDefault(size = 20, sort = "name", direction = Sort.Direction.ASC) Pageable pageable) {
        return blocks.search(new AddressBlocks.Filter(name, subdistrictCode), pageable)
                .map(AddressBlockController::view);
    }

    private static AddressBlockView view(AddressBlock b) {
        return new AddressBlockView(
                b.getId(),
                b.getVersion(),
                b.getRegionCode(),
                b.getSubdistrictCode(),
                b.getCommunity(),
                b.getName(),
                b.getLongitude(),
                b.getLatitude(),
                b.getHouseholds());
    }
}
