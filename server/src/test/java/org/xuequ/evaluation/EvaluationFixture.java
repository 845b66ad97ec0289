package org.xuequ.evaluation;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** Census figures as the console sends them. */
final class EvaluationFixture {

    private final MockMvc mvc;

    EvaluationFixture(MockMvc mvc) {
        this.mvc = mvc;
    }

    /**
     * Figures in form order: primary, junior, senior pupils, then qualified, backbone, PE/art teachers,
     * teaching m², sports m², equipment yuan, multimedia rooms; the other census figures are filled plausibly.
     */
    static String figures(
            int primary,
            int junior,
            int senior,
            int qualified,
            int backbone,
            int peArt,
            double teachingArea,
            double sportsArea,
            double equipment,
            int rooms) {
        int pupils = primary + junior + senior;
        return """
                {"primaryPupils":%d,"juniorPupils":%d,"seniorPupils":%d,"classes":%d,"teachers":%d,
                 "qualifiedTeachers":%d,"seniorTitleTeachers":%d,"backboneTeachers":%d,"peArtTeachers":%d,
                 "teachingAreaM2":%s,"sportsAreaM2":%s,"equipmentYuan":%s,"multimediaRooms":%d,
                 "books":%d,"computers":%d}""".formatted(
                        primary,
                        junior,
                        senior,
                        Math.max(1, pupils / 40),
                        Math.max(qualified, pupils / 15),
                        qualified,
                        qualified / 2,
                        backbone,
                        peArt,
                        teachingArea,
                        sportsArea,
                        equipment,
                        rooms,
                        pupils * 30,
                        pupils / 8);
    }

    ResultActions save(MockHttpSession session, long unitId, int year, String figures, Long version) throws Exception {
        return mvc.perform(put("/api/evaluation/conditions/{unit}/{year}", unitId, year)
                .session(session)
                .with(csrf())
                .contentType("application/json")
                .content("{\"figures\":" + figures + ",\"version\":" + version + "}"));
    }
}
