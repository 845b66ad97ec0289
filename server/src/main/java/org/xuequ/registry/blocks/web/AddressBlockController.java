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

/**
 * Address blocks (小区/门牌段), the smallest units zoning assigns: read by every role within scope, added by the commission (blocks belong to the region).
 */
@RestController
@RequestMapping("/api/registry/address-blocks")
@Permits({Role.ADMIN, Role.COMMISSION, Role.DISTRICT_OFFICE, Role.UNIT, Role.INSTITUTION, Role.INSPECTOR})
class AddressBlockController {

    private final AddressBlocks blocks;

    AddressBlockController(AddressBlocks blocks) {
        this.blocks = blocks;
    }

    /**
     * An address block.
     * @param version the row version, for optimistic locking
     * @param subdistrictCode the 9-digit code of the subdistrict (街道) it lies in
     * @param community the community (社区/居委会) it belongs to
     * @param longitude WGS-84 degrees east; null when not located
     * @param latitude WGS-84 degrees north; null when not located
     * @param households the number of households
     */
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

    /**
     * A new address block; longitude and latitude may be left empty.
     * @param subdistrictCode the 9-digit code of an existing subdistrict, in the caller's scope
     */
    record AddressBlockForm(
            String subdistrictCode,
            String community,
            String name,
            BigDecimal longitude,
            BigDecimal latitude,
            Integer households) {}

    /**
     * Adds an address block in a subdistrict the caller's scope covers. 400 lists every invalid field (unknown
     * subdistrict, missing community or name, negative households). Blocks belong to the region, so a district
     * office (whose scope never covers a whole region) is refused here rather than after validation.
     */
    @Permits({Role.ADMIN, Role.COMMISSION})
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

    /** Searches the address blocks in the caller's data scope by part of the name and by subdistrict. Paged. */
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
