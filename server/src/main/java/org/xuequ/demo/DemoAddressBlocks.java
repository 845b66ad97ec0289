package org.xuequ.demo;

import java.math.BigDecimal;
import java.util.List;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import org.xuequ.registry.blocks.AddressBlocks;

/**
 * About 1,400 synthetic residential blocks (小区/门牌段) with households, spread over Xicheng's 15
 * subdistricts near their centres: what enrollment zoning will assign.
 */
@Component
@Profile("demo")
class DemoAddressBlocks {

    private static final String[] STREETS = {
        "槐树", "丰盛", "报子", "大乘", "前铁匠", "砖塔", "羊肉", "帅府", "兵马司", "辟才", "太平桥", "受水河", "西四", "白塔寺", "福绥境", "百万庄", "三里河",
        "南礼士路", "月坛北", "复兴门"
    };
    private static final String[] SUFFIXES = {"胡同", "街", "里", "小区", "巷"};
    private static final String[] COMMUNITY_SIDES = {"东", "西", "南", "北", "中", "新"};

    private final AddressBlocks blocks;

    DemoAddressBlocks(AddressBlocks blocks) {
        this.blocks = blocks;
    }

    int create(DemoDistrictBuilder.Context c, int perSubdistrict) {
        int made = 0;
        List<String> codes = XichengGeography.CENTRES.keySet().stream().sorted().toList();
        for (String code : codes) {
            String place = c.place(code);
            for (int i = 0; i < perSubdistrict; i++) {
                String street =
                        STREETS[(i + code.hashCode() & 0x7fffffff) % STREETS.length] + SUFFIXES[i % SUFFIXES.length];
                int from = 1 + 20 * (i / STREETS.length);
                String name = place + "·" + street + from + "–" + (from + 19) + "号";
                String community = place + COMMUNITY_SIDES[i % COMMUNITY_SIDES.length] + "社区";
                BigDecimal[] point = c.geography.near(code);
                blocks.create(code, community, name, point[0], point[1], 40 + c.random.nextInt(360));
                made++;
            }
        }
        return made;
    }
}
