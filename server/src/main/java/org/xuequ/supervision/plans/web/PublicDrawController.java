package org.xuequ.supervision.plans.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.xuequ.platform.access.PublicEndpoint;
import org.xuequ.supervision.plans.DrawView;
import org.xuequ.supervision.plans.Draws;

/**
 * No login: random inspections' draws with their commitments, frozen inputs and — once revealed — seeds and
 * results, and the replay that checks a revealed draw (as enrollment's public replay does for the lottery).
 */
@RestController
@RequestMapping("/api/public/supervision/draws")
@PublicEndpoint("random inspections' draws are published with their commitment and replayable by anyone once revealed")
class PublicDrawController {

    private final Draws draws;

    PublicDrawController(Draws draws) {
        this.draws = draws;
    }

    /** The seed to check, in hexadecimal, as revealed. */
    record VerifyForm(@NotBlank @Size(max = 200) String seed) {}

    /** Every draw, newest first: the drawn units only once revealed (random inspections are unannounced). */
    @GetMapping
    List<DrawView> list() {
        return draws.publicDraws();
    }

    @GetMapping("/{id}")
    DrawView get(@PathVariable long id) {
        return draws.publicDraw(id);
    }

    /**
     * Replays a revealed draw from its published inputs and the seed given: whether the seed matches the
     * commitment published before the draw, and whether the replay picks the same units on the same dates; 409
     * {@code supervision-draw-not-revealed} before the seed is revealed.
     */
    @PostMapping("/{id}/verify")
    Draws.Verdict verify(@PathVariable long id, @Valid @RequestBody VerifyForm form) {
        return draws.verify(id, form.seed());
    }
}
