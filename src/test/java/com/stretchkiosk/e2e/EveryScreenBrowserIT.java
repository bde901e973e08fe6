package com.stretchkiosk.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every screen of the kiosk, in landscape (1280×800) and portrait (800×1280): axe-core finds no serious or
 * critical violation, every target is at least 44 × 44 px, no visible text is under 16 px, and nothing is wider
 * than the screen ({@link ScreenCheck}). The pictures it takes are the README's: `./kiosk screenshots` runs it
 * and copies them to docs/screenshots/screens.
 */
class EveryScreenBrowserIT extends ScreenTour {

    static final Path SCREENS = SCREENSHOTS.resolve("screens");

    private final Map<String, List<String>> problems = new LinkedHashMap<>();

    @Test
    void every_screen_passes_axe_and_the_size_rules_in_both_orientations() {
        tour();
        List<String> all = new ArrayList<>();
        problems.forEach((screen, found) -> found.forEach(problem -> all.add(screen + ": " + problem)));
        assertThat(all).as("every screen at both sizes").isEmpty();
    }

    /** Checks the page at each tablet size, landscape and portrait, and takes the pictures. */
    @Override
    void atScreen(String name) {
        try {
            Files.createDirectories(SCREENS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // The studio's Android tablet each way round, and an iPad's (768 × 1024) each way round.
        for (int[] size : new int[][] {{1280, 800}, {800, 1280}, {1024, 768}, {768, 1024}}) {
            page.setViewportSize(size[0], size[1]);
            page.waitForTimeout(150);
            String suffix = size[0] == 1280 ? "" : size[0] == 800 ? "-portrait" : "-ipad-" + size[0] + "x" + size[1];
            page.screenshot(new Page.ScreenshotOptions().setPath(SCREENS.resolve(name + suffix + ".png")));
            List<String> found = ScreenCheck.problems(page);
            if (!found.isEmpty()) {
                problems.put(name + suffix, found);
            }
        }
        page.setViewportSize(1280, 800);
    }
}
