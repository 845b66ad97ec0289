package org.xuequ.demo;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import org.xuequ.registry.DistrictKind;
import org.xuequ.registry.EntryGrade;
import org.xuequ.registry.Ownership;
import org.xuequ.registry.SchoolYear;
import org.xuequ.registry.UnitType;
import org.xuequ.registry.districts.DistrictMembership.Role;
import org.xuequ.registry.districts.DistrictOrganisation;
import org.xuequ.registry.districts.DistrictPeople.CommitteeDepartment;
import org.xuequ.registry.districts.DistrictPeople.CouncilKind;
import org.xuequ.registry.districts.DistrictPeople.CouncilMember;
import org.xuequ.registry.districts.DistrictPeople.Delegation;
import org.xuequ.registry.districts.DistrictPeople.Department;
import org.xuequ.registry.districts.DistrictPeople.OfficeStaff;
import org.xuequ.registry.districts.DistrictPeople.Position;
import org.xuequ.registry.districts.DistrictPeople.PositionKind;
import org.xuequ.registry.districts.SchoolDistrict;
import org.xuequ.registry.districts.SchoolDistricts;
import org.xuequ.registry.institutions.PartnerInstitution;
import org.xuequ.registry.institutions.PartnerInstitutions;
import org.xuequ.registry.units.EducationUnit;
import org.xuequ.registry.units.EducationUnit.UnitDetails;
import org.xuequ.registry.units.EducationUnits;
import org.xuequ.registry.units.UnitLinks;

/** Builds one sample district at a time: its units, people and partners, through the real services. */
@Component
@Profile("demo")
class DemoDistrictBuilder {

    private static final String[] KINDERGARTEN_GRADES = {"一级一类", "一级二类", "二级一类", "二级二类", "三级"};

    private final SchoolDistricts districts;
    private final EducationUnits units;
    private final DistrictOrganisation organisation;
    private final PartnerInstitutions institutions;
    private final UnitLinks links;

    DemoDistrictBuilder(
            SchoolDistricts districts,
            EducationUnits units,
            DistrictOrganisation organisation,
            PartnerInstitutions institutions,
            UnitLinks links) {
        this.links = links;
        this.districts = districts;
        this.units = units;
        this.organisation = organisation;
        this.institutions = institutions;
    }

    /** What a sample run carries along: randomness, names, and every placement made so far. */
    static final class Context {
        final Random random;
        final SampleNames names;
        final XichengGeography geography;
        final Map<String, String> subdistrictNames;
        final List<Object[]> placements = new ArrayList<>();

        Context(Random random, Map<String, String> subdistrictNames) {
            this.random = random;
            this.names = new SampleNames(random);
            this.geography = new XichengGeography(random);
            this.subdistrictNames = subdistrictNames;
        }

        String place(String subdistrictCode) {
            return subdistrictNames.get(subdistrictCode).replace("街道", "");
        }

        int unitCount() {
            return placements.size();
        }
    }

    Context context(Random random) {
        return new Context(random, districts.subdistrictNames());
    }

    List<EducationUnit> primaryDistrict(
            Context c, SchoolDistrict district, int primaries, int juniors, boolean fullCouncil) {
        String place = district.getName().replace("学区", "").split("-")[0];
        List<EducationUnit> made = new ArrayList<>();
        for (int i = 1; i <= primaries; i++) {
            made.add(unit(
                    c,
                    district,
                    place + "第" + SampleNames.chineseNumber(i) + "小学",
                    UnitType.PRIMARY,
                    Ownership.PUBLIC,
                    i == 1 ? "区重点" : null,
                    Role.MEMBER));
        }
        for (int i = 1; i <= juniors; i++) {
            String name = i == 1 ? place + "中学" : place + "第" + SampleNames.chineseNumber(i) + "中学";
            made.add(unit(
                    c,
                    district,
                    name,
                    i == juniors && juniors == 3 ? UnitType.NINE_YEAR : UnitType.JUNIOR,
                    Ownership.PUBLIC,
                    i == 1 ? "区重点" : null,
                    Role.MEMBER));
        }
        // 对口直升: every primary school of the district feeds its first junior school.
        EducationUnit firstJunior = made.get(primaries);
        for (EducationUnit primary : made.subList(0, primaries)) {
            links.linkFeeder(primary.getId(), firstJunior.getId(), 2016);
        }
        List<CouncilMember> council = new ArrayList<>(List.of(
                new CouncilMember(
                        c.names.person(), CouncilKind.UNIT_HEAD, made.get(0).getName(), "理事长、校长"),
                new CouncilMember(
                        c.names.person(), CouncilKind.UNIT_HEAD, made.get(1).getName(), "校长"),
                new CouncilMember(c.names.person(), CouncilKind.LOCAL_GOVERNMENT, place + "街道办事处", "副主任"),
                new CouncilMember(c.names.person(), CouncilKind.EDUCATION_ADMINISTRATION, "西城区教育委员会", "科长"),
                new CouncilMember(c.names.person(), CouncilKind.SOCIAL_INSTITUTION, place + "社区文化活动中心", "主任")));
        if (fullCouncil) {
            council.add(new CouncilMember(
                    c.names.person(), CouncilKind.PARENT, made.get(0).getName(), "家长代表"));
        }
        organisation.replaceCouncil(district.getId(), council, List.of());
        organisation.replaceOffice(
                district.getId(),
                List.of(
                        new OfficeStaff(c.names.person(), "学区办公室主任", Delegation.SUBDISTRICT_OFFICE),
                        new OfficeStaff(c.names.person(), "学区办公室副主任", Delegation.COMMISSION),
                        new OfficeStaff(c.names.person(), "干事", Delegation.SUBDISTRICT_OFFICE)));
        return made;
    }

    SchoolDistrict preschoolDistrict(
            Context c, int number, List<String> subdistricts, int kindergartens, boolean hasTrainer) {
        SchoolDistrict district = districts.create(
                DemoData.XICHENG,
                "西城区学前教育第" + SampleNames.chineseNumber(number) + "学区",
                DistrictKind.PRESCHOOL,
                subdistricts,
                subdistricts.get(0));
        List<Position> positions = new ArrayList<>();
        positions.add(new Position(PositionKind.INSPECTOR_FULL_TIME, c.names.person(), null));
        for (int i = 0; i < 8; i++) {
            positions.add(new Position(PositionKind.INSPECTOR_PART_TIME, c.names.person(), null));
        }
        for (int i = 0; i < kindergartens; i++) {
            String subdistrict = subdistricts.get(i % subdistricts.size());
            String place = c.place(subdistrict);
            boolean central = i == 0;
            String name = central
                    ? place + "中心幼儿园"
                    : place + "第" + SampleNames.chineseNumber(i / subdistricts.size() + 1) + "幼儿园";
            Ownership ownership = central ? Ownership.PUBLIC : ownership(c.random);
            String grade = central ? "示范园" : KINDERGARTEN_GRADES[c.random.nextInt(KINDERGARTEN_GRADES.length)];
            EducationUnit kindergarten = unitIn(
                    c,
                    district,
                    subdistrict,
                    name,
                    UnitType.KINDERGARTEN,
                    ownership,
                    grade,
                    central ? Role.CENTRAL : Role.MEMBER);
            positions.add(new Position(PositionKind.LIAISON, c.names.person(), kindergarten.getId()));
        }
        positions.add(new Position(PositionKind.RESEARCHER, c.names.person(), null));
        if (hasTrainer) {
            positions.add(new Position(PositionKind.TRAINER, c.names.person(), null));
        }
        organisation.replacePositions(district.getId(), positions);
        organisation.replaceCouncil(
                district.getId(),
                List.of(),
                List.of(
                        new CommitteeDepartment(Department.PARTY_BUILDING, c.names.person()),
                        new CommitteeDepartment(Department.ADMINISTRATION, c.names.person()),
                        new CommitteeDepartment(Department.RESEARCH, c.names.person()),
                        new CommitteeDepartment(Department.TRAINING, c.names.person())));
        return district;
    }

    void institutions(Context c, List<SchoolDistrict> primary, int count) {
        PartnerInstitution.Kind[] kinds = PartnerInstitution.Kind.values();
        for (int i = 0; i < count; i++) {
            SchoolDistrict district = primary.get(i % primary.size());
            String place = c.place(district.getOfficeSubdistrictCode());
            PartnerInstitution.Kind kind = kinds[i % kinds.length];
            String[] nameAndOffer = switch (kind) {
                case MUSEUM -> new String[] {place + "民俗博物馆", "研学课程、讲解员进校园"};
                case RESEARCH_INSTITUTE -> new String[] {place + "科技研究所", "科学实验室开放日、科研导师"};
                case UNIVERSITY -> new String[] {place + "师范学院附属研修中心", "教师培训、大学生志愿者"};
                case ENTERPRISE -> new String[] {place + "文创科技有限公司", "职业体验、创客工作坊"};
                case COMMUNITY_CENTRE -> new String[] {place + "社区文化活动中心", "场地开放、社区教育课程"};
                case LIBRARY -> new String[] {"西城区图书馆" + place + "分馆", "阅读推广、图书流动站"};
                case SPORTS_VENUE -> new String[] {place + "全民健身中心", "体育场馆开放、课后体育"};
                case OTHER -> new String[] {place + "青少年活动站", "周末兴趣小组"};
            };
            institutions.register(
                    nameAndOffer[0],
                    kind,
                    nameAndOffer[1],
                    "010-6" + String.format("%07d", c.random.nextInt(10_000_000)),
                    district.getId());
        }
    }

    /** Last school year looked the same: the history tab then has two years to show. */
    void previousYear(Context c) {
        int last = SchoolYear.current() - 1;
        for (Object[] placement : c.placements) {
            organisation.place((Long) placement[0], (Long) placement[1], last, (Role) placement[2]);
        }
    }

    private EducationUnit unit(
            Context c,
            SchoolDistrict district,
            String name,
            UnitType type,
            Ownership ownership,
            String grade,
            Role role) {
        List<String> subdistricts = district.getSubdistrictCodes();
        String subdistrict = subdistricts.get(c.random.nextInt(subdistricts.size()));
        return unitIn(c, district, subdistrict, name, type, ownership, grade, role);
    }

    private EducationUnit unitIn(
            Context c,
            SchoolDistrict district,
            String subdistrict,
            String name,
            UnitType type,
            Ownership ownership,
            String grade,
            Role role) {
        BigDecimal[] point = c.geography.near(subdistrict);
        EducationUnit unit = units.create(new UnitDetails(
                name,
                type,
                ownership,
                grade,
                "北京市西城区" + c.subdistrictNames.get(subdistrict),
                subdistrict,
                district.getId(),
                point[0],
                point[1]));
        offerSeats(c, unit);
        if (role == Role.CENTRAL) {
            organisation.place(district.getId(), unit.getId(), SchoolYear.current(), Role.CENTRAL);
        }
        c.placements.add(new Object[] {district.getId(), unit.getId(), role});
        return unit;
    }

    /** 学位: seats in each entry grade the unit admits into, this school year. */
    private void offerSeats(Context c, EducationUnit unit) {
        int year = SchoolYear.current();
        switch (unit.getType()) {
            case KINDERGARTEN ->
                links.offerSeats(unit.getId(), year, EntryGrade.KINDERGARTEN, 60 + 30 * c.random.nextInt(4));
            case PRIMARY -> links.offerSeats(unit.getId(), year, EntryGrade.PRIMARY_1, 90 + 30 * c.random.nextInt(5));
            case JUNIOR -> links.offerSeats(unit.getId(), year, EntryGrade.JUNIOR_1, 160 + 40 * c.random.nextInt(5));
            case NINE_YEAR -> {
                links.offerSeats(unit.getId(), year, EntryGrade.PRIMARY_1, 90 + 30 * c.random.nextInt(3));
                links.offerSeats(unit.getId(), year, EntryGrade.JUNIOR_1, 120 + 40 * c.random.nextInt(3));
            }
            default -> {}
        }
    }

    /** One education group and one shared-principal alliance (一长执两校), so both show up. */
    void groupsAndAlliances(Context c, List<EducationUnit> schools) {
        links.createGroup(
                "北京市西城区长安街教育集团",
                schools.get(0).getId(),
                java.util.Set.of(schools.get(1).getId(), schools.get(6).getId()));
        links.ally(
                c.names.person(),
                java.util.Set.of(schools.get(9).getId(), schools.get(10).getId()));
    }

    private static Ownership ownership(Random random) {
        int roll = random.nextInt(20);
        return roll < 12 ? Ownership.PUBLIC : roll < 17 ? Ownership.PRIVATE_INCLUSIVE : Ownership.PRIVATE;
    }
}
