package org.xuequ.registry.units;

/**
 * The facts of a unit that shape districts, zones or the draw: the district office and the
 * commission decide them, never the unit's own staff. Each names the form field that carries it.
 */
public enum StructuralField {
    NAME("name"),
    TYPE("type"),
    OWNERSHIP("ownership"),
    QUALITY_GRADE("qualityGrade"),
    SUBDISTRICT("subdistrictCode"),
    DISTRICT("districtId"),
    LONGITUDE("longitude"),
    LATITUDE("latitude");

    private final String field;

    StructuralField(String field) {
        this.field = field;
    }

    /** The JSON field of the unit form, as the refusal names it. */
    public String field() {
        return field;
    }
}
