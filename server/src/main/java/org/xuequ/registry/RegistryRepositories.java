package org.xuequ.registry;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface RegionRepository extends JpaRepository<Region, String> {
}

interface SubdistrictRepository extends JpaRepository<Subdistrict, String> {

    List<Subdistrict> findByRegionCodeOrderByCode(String regionCode);

    long countByRegionCode(String regionCode);
}

interface SchoolDistrictRepository extends JpaRepository<SchoolDistrict, Long>, JpaSpecificationExecutor<SchoolDistrict> {

    @Query("select d.id, d.name from SchoolDistrict d where d.id in :ids")
    List<Object[]> namesOf(java.util.Collection<Long> ids);
}

interface EducationUnitRepository extends JpaRepository<EducationUnit, Long>, JpaSpecificationExecutor<EducationUnit> {

    boolean existsByRegionCodeAndName(String regionCode, String name);

    boolean existsByRegionCodeAndNameAndIdNot(String regionCode, String name, long id);

    @Query("select u.districtId, count(u) from EducationUnit u where u.districtId in :ids group by u.districtId")
    List<Object[]> countPerDistrict(java.util.Collection<Long> ids);
}

interface DistrictMembershipRepository extends JpaRepository<DistrictMembership, Long> {

    List<DistrictMembership> findByDistrictIdAndYearOrderByRoleAscUnitIdAsc(long districtId, int year);

    List<DistrictMembership> findByDistrictIdOrderByYearDescUnitIdAsc(long districtId);

    java.util.Optional<DistrictMembership> findByUnitIdAndDistrictKindAndYear(long unitId, DistrictKind kind, int year);
}

interface PartnerInstitutionRepository extends JpaRepository<PartnerInstitution, Long>,
        JpaSpecificationExecutor<PartnerInstitution> {

    boolean existsByRegionCodeAndName(String regionCode, String name);
}

interface AddressBlockRepository extends JpaRepository<AddressBlock, Long>, JpaSpecificationExecutor<AddressBlock> {
}

/** Memberships for scoped, streamed exports; the membership repository above answers by district. */
interface MembershipSearchRepository extends org.springframework.data.repository.Repository<DistrictMembership, Long>,
        JpaSpecificationExecutor<DistrictMembership> {
}
