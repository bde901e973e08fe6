package com.stretchkiosk.e2e;

import com.google.gson.JsonObject;
import com.microsoft.playwright.CDPSession;
import com.microsoft.playwright.Page;

/**
 * A studio's Wi-Fi behind thick walls, for the browser tests and the benchmark: Chromium's network emulation adds a
 * round trip's delay to every request the page makes (Vaadin's taps go as requests; their answers come back in them).
 */
public final class SlowWifi {

    private SlowWifi() {
    }

    /**
     * Every request of the page takes {@code millis} longer from now on (0: as the machine's network is), for as long as
     * the returned session is attached.
     */
    public static CDPSession add(Page page, int millis) {
        CDPSession chromium = page.context().newCDPSession(page);
        chromium.send("Network.enable");
        JsonObject conditions = new JsonObject();
        conditions.addProperty("offline", false);
        conditions.addProperty("latency", millis);
        conditions.addProperty("downloadThroughput", -1);
        conditions.addProperty("uploadThroughput", -1);
        chromium.send("Network.emulateNetworkConditions", conditions);
        return chromium;
    }
}
