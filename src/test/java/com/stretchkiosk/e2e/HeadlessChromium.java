package com.stretchkiosk.e2e;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import java.nio.file.Path;
import java.util.List;

/**
 * Debian's Chromium, headless, as the browser tests and the benchmarks drive it: no sandbox (a container), no GPU, and
 * none of the browser's own traffic (updates, sync, QUIC) beside the kiosk's.
 */
public final class HeadlessChromium {

    /** Where Debian puts it, unless -Dkiosk.chromium says otherwise. */
    public static final Path EXECUTABLE = Path.of(System.getProperty("kiosk.chromium", "/usr/bin/chromium"));

    private HeadlessChromium() {
    }

    public static Browser launch(Playwright playwright, Path executable) {
        return playwright.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(executable).setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync")));
    }
}
