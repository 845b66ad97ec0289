package org.xuequ.engine.rotation;

import java.util.List;
import java.util.Map;

/** Small hand-made rounds' pieces. */
final class Rounds {

    private Rounds() {}

    static RotationSchool school(String id, double pupils, int backbone, int peArt, Map<String, Integer> needs) {
        return new RotationSchool(id, pupils, backbone, peArt, 3, 3, needs);
    }

    static RotationTeacher teacher(String id, String school, String subject, boolean backbone, String... wishes) {
        return new RotationTeacher(id, school, subject, backbone, false, List.of(wishes));
    }
}
